// Dividing a u8 by zero panics.
// expect: rustc
fn div(a: u8, b: u8) -> u8 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
