// Shifting a i128 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: i128, b: u32) -> i128 {
    a << b
}

fn main() {
    println!("{}", shl(1, 127));
    println!("{}", shl(1, 128));
}
