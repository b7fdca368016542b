// `usize::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: usize, b: usize) -> usize {
    a + b
}

fn main() {
    println!("{}", add(usize::MAX - 1, 1));
    println!("{}", add(usize::MAX, 1));
    println!("unreachable");
}
