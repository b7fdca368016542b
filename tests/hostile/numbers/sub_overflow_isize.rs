// `isize::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: isize, b: isize) -> isize {
    a - b
}

fn main() {
    println!("{}", sub(isize::MIN + 1, 1));
    println!("{}", sub(isize::MIN, 1));
}
