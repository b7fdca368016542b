// Shifting a i64 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: i64, b: u32) -> i64 {
    a >> b
}

fn main() {
    println!("{}", shr(i64::MAX, 63));
    println!("{}", shr(i64::MIN, 63));
    println!("{}", shr(1, 64));
}
