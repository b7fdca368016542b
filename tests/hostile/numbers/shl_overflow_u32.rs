// Shifting a u32 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: u32, b: u32) -> u32 {
    a << b
}

fn main() {
    println!("{}", shl(1, 31));
    println!("{}", shl(1, 32));
}
