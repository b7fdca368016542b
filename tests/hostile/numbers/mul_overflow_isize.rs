// `isize::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: isize, b: isize) -> isize {
    a * b
}

fn main() {
    println!("{}", mul(isize::MAX / 2, 2));
    println!("{}", mul(isize::MAX, 2));
}
