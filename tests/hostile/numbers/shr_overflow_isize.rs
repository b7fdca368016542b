// Shifting a isize right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: isize, b: u32) -> isize {
    a >> b
}

fn main() {
    println!("{}", shr(isize::MAX, 63));
    println!("{}", shr(isize::MIN, 63));
    println!("{}", shr(1, 64));
}
