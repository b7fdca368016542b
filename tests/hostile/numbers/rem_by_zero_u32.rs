// `%` of a u32 by zero panics.
// expect: rustc
fn rem(a: u32, b: u32) -> u32 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
