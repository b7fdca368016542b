// Shifting a usize right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: usize, b: u32) -> usize {
    a >> b
}

fn main() {
    println!("{}", shr(usize::MAX, 63));
    println!("{}", shr(usize::MIN, 63));
    println!("{}", shr(1, 64));
}
