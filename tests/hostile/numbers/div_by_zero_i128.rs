// Dividing a i128 by zero panics.
// expect: rustc
fn div(a: i128, b: i128) -> i128 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
