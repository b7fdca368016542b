// Shifting a u8 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: u8, b: u32) -> u8 {
    a << b
}

fn main() {
    println!("{}", shl(1, 7));
    println!("{}", shl(1, 8));
}
