// Shifting a u16 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: u16, b: u32) -> u16 {
    a >> b
}

fn main() {
    println!("{}", shr(u16::MAX, 15));
    println!("{}", shr(u16::MIN, 15));
    println!("{}", shr(1, 16));
}
