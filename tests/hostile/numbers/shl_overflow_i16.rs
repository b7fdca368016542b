// Shifting a i16 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: i16, b: u32) -> i16 {
    a << b
}

fn main() {
    println!("{}", shl(1, 15));
    println!("{}", shl(1, 16));
}
