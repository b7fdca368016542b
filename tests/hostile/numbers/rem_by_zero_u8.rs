// `%` of a u8 by zero panics.
// expect: rustc
fn rem(a: u8, b: u8) -> u8 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
