// `%` of a i128 by zero panics.
// expect: rustc
fn rem(a: i128, b: i128) -> i128 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
