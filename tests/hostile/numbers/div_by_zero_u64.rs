// Dividing a u64 by zero panics.
// expect: rustc
fn div(a: u64, b: u64) -> u64 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
