// Shifting a i8 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: i8, b: u32) -> i8 {
    a << b
}

fn main() {
    println!("{}", shl(1, 7));
    println!("{}", shl(1, 8));
}
