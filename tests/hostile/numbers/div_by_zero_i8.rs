// Dividing a i8 by zero panics.
// expect: rustc
fn div(a: i8, b: i8) -> i8 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
