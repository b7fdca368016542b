// `%` of a i8 by zero panics.
// expect: rustc
fn rem(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
