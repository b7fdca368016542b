// `usize::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: usize, b: usize) -> usize {
    a * b
}

fn main() {
    println!("{}", mul(usize::MAX / 2, 2));
    println!("{}", mul(usize::MAX, 2));
}
