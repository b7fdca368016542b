// Dividing a u128 by zero panics.
// expect: rustc
fn div(a: u128, b: u128) -> u128 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
