// Shifting a u64 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: u64, b: u32) -> u64 {
    a << b
}

fn main() {
    println!("{}", shl(1, 63));
    println!("{}", shl(1, 64));
}
