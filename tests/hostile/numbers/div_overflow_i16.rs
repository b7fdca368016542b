// `i16::MIN / -1` overflows and panics.
// expect: rustc
fn div(a: i16, b: i16) -> i16 {
    a / b
}

fn main() {
    println!("{}", div(i16::MIN, 1));
    println!("{:?}", i16::MIN.checked_div(-1));
    println!("{:?}", i16::MIN.overflowing_div(-1));
    println!("{}", div(i16::MIN, -1));
}
