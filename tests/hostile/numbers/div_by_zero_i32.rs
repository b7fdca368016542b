// Dividing a i32 by zero panics.
// expect: rustc
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
