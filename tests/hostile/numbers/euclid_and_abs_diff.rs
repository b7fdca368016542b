// div_euclid, rem_euclid and abs_diff on signed and unsigned.
// expect: rustc
fn main() {
    println!("{} {}", (-7i32).div_euclid(2), (-7i32).rem_euclid(2));
    println!("{} {}", 7i64.div_euclid(-2), 7i64.rem_euclid(-2));
    println!("{} {}", 3u8.abs_diff(250), (-100i8).abs_diff(100));
    println!("{}", i32::MIN.abs_diff(i32::MAX));
}
