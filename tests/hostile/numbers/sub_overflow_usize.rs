// `usize::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: usize, b: usize) -> usize {
    a - b
}

fn main() {
    println!("{}", sub(usize::MIN + 1, 1));
    println!("{}", sub(usize::MIN, 1));
}
