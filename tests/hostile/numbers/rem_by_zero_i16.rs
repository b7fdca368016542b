// `%` of a i16 by zero panics.
// expect: rustc
fn rem(a: i16, b: i16) -> i16 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
