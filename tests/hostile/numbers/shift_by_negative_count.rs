// A shift count is a value of its own type; shifting an i64 by a u8 and by an i32.
// expect: rustc
fn main() {
    let x: i64 = -1024;
    println!("{} {}", x >> 3u8, x << 2i32);
    println!("{}", 1u128 << 127u32);
    println!("{}", (-1i8 as u8) >> 7);
    println!("{}", i64::MIN >> 63);
}
