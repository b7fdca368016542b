// Dividing a u32 by zero panics.
// expect: rustc
fn div(a: u32, b: u32) -> u32 {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
