// Shifting a i64 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: i64, b: u32) -> i64 {
    a << b
}

fn main() {
    println!("{}", shl(1, 63));
    println!("{}", shl(1, 64));
}
