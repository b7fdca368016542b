// Shifting a usize left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: usize, b: u32) -> usize {
    a << b
}

fn main() {
    println!("{}", shl(1, 63));
    println!("{}", shl(1, 64));
}
