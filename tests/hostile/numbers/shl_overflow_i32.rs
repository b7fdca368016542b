// Shifting a i32 left by its bit width panics in a debug build.
// expect: rustc
fn shl(a: i32, b: u32) -> i32 {
    a << b
}

fn main() {
    println!("{}", shl(1, 31));
    println!("{}", shl(1, 32));
}
