// `i64::MIN % -1` overflows and panics.
// expect: rustc
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("{} {}", rem(-7, 3), rem(7, -3));
    println!("{}", (-7 as i64).rem_euclid(3));
    println!("{}", i64::MIN.wrapping_rem(-1));
    println!("{}", rem(i64::MIN, -1));
}
