// Dividing a i16 by zero panics.
// expect: rustc
fn div(a: i16, b: i16) -> i16 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
