// `isize::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: isize, b: isize) -> isize {
    a + b
}

fn main() {
    println!("{}", add(isize::MAX - 1, 1));
    println!("{}", add(isize::MAX, 1));
    println!("unreachable");
}
