// Shifting a i128 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: i128, b: u32) -> i128 {
    a >> b
}

fn main() {
    println!("{}", shr(i128::MAX, 127));
    println!("{}", shr(i128::MIN, 127));
    println!("{}", shr(1, 128));
}
