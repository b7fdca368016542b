// Dividing a usize by zero panics.
// expect: rustc
fn div(a: usize, b: usize) -> usize {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
