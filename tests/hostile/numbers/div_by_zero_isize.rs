// Dividing a isize by zero panics.
// expect: rustc
fn div(a: isize, b: isize) -> isize {
    a / b
}

fn main() {
    println!("{}", div(7, 2));
    println!("{}", div(7, 0));
}
