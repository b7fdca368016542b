// `%` of a u128 by zero panics.
// expect: rustc
fn rem(a: u128, b: u128) -> u128 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
