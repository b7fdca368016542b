// `%` of a isize by zero panics.
// expect: rustc
fn rem(a: isize, b: isize) -> isize {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
