// Shifting a isize left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: isize, b: u32) -> isize {
    a << b
}

fn main() {
    println!("{}", shl(1, 63));
    println!("{}", shl(1, 64));
}
