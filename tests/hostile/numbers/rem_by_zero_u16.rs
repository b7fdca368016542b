// `%` of a u16 by zero panics.
// expect: rustc
fn rem(a: u16, b: u16) -> u16 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
