// `i64::MIN / -1` overflows and panics.
// expect: rustc
fn div(a: i64, b: i64) -> i64 {
    a / b
}

fn main() {
    println!("{}", div(i64::MIN, 1));
    println!("{:?}", i64::MIN.checked_div(-1));
    println!("{:?}", i64::MIN.overflowing_div(-1));
    println!("{}", div(i64::MIN, -1));
}
