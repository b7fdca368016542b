// Dividing a u16 by zero panics.
// expect: rustc
fn div(a: u16, b: u16) -> u16 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
