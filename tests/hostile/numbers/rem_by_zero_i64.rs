// `%` of a i64 by zero panics.
// expect: rustc
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
