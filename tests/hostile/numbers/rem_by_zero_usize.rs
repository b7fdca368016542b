// `%` of a usize by zero panics.
// expect: rustc
fn rem(a: usize, b: usize) -> usize {
    a % b
}

fn main() {
    println!("{}", rem(7, 3));
    println!("{}", rem(7, 0));
}
