// Dividing a i64 by zero panics.
// expect: rustc
fn div(a: i64, b: i64) -> i64 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
