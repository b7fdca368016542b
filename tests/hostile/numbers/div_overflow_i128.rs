// `i128::MIN / -1` overflows and panics.
// expect: rustc
fn div(a: i128, b: i128) -> i128 {
    a / b
}

fn main() {
    println!("{}", div(i128::MIN, 1));
    println!("{:?}", i128::MIN.checked_div(-1));
    println!("{:?}", i128::MIN.overflowing_div(-1));
    println!("{}", div(i128::MIN, -1));
}
