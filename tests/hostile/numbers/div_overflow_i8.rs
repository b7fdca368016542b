// `i8::MIN / -1` overflows and panics.
// expect: rustc
fn div(a: i8, b: i8) -> i8 {
    a / b
}

fn main() {
    println!("{}", div(i8::MIN, 1));
    println!("{:?}", i8::MIN.checked_div(-1));
    println!("{:?}", i8::MIN.overflowing_div(-1));
    println!("{}", div(i8::MIN, -1));
}
