// Shifting a u128 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: u128, b: u32) -> u128 {
    a >> b
}

fn main() {
    println!("{}", shr(u128::MAX, 127));
    println!("{}", shr(u128::MIN, 127));
    println!("{}", shr(1, 128));
}
