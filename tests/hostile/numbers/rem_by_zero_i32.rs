// `%` of a i32 by zero panics.
// expect: rustc
fn rem(a: i32, b: i32) -> i32 {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
