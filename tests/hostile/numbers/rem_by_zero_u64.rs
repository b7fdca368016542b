// `%` of a u64 by zero panics.
// expect: rustc
fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
