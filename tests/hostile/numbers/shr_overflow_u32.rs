// Shifting a u32 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: u32, b: u32) -> u32 {
    a >> b
}

fn main() {
    println!("{}", shr(u32::MAX, 31));
    println!("{}", shr(u32::MIN, 31));
    println!("{}", shr(1, 32));
}
