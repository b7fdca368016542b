// Shifting a i16 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: i16, b: u32) -> i16 {
    a >> b
}

fn main() {
    println!("{}", shr(i16::MAX, 15));
    println!("{}", shr(i16::MIN, 15));
    println!("{}", shr(1, 16));
}
