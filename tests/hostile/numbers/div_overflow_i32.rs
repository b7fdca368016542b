// `i32::MIN / -1` overflows and panics.
// expect: rustc
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(i32::MIN, 1));
    println!("{:?}", i32::MIN.checked_div(-1));
    println!("{:?}", i32::MIN.overflowing_div(-1));
    println!("{}", div(i32::MIN, -1));
}
