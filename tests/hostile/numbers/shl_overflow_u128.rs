// Shifting a u128 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: u128, b: u32) -> u128 {
    a << b
}

fn main() {
    println!("{}", shl(1, 127));
    println!("{}", shl(1, 128));
}
