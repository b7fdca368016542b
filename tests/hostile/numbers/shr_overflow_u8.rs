// Shifting a u8 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: u8, b: u32) -> u8 {
    a >> b
}

fn main() {
    println!("{}", shr(u8::MAX, 7));
    println!("{}", shr(u8::MIN, 7));
    println!("{}", shr(1, 8));
}
