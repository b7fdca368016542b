// Shifting a u64 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: u64, b: u32) -> u64 {
    a >> b
}

fn main() {
    println!("{}", shr(u64::MAX, 63));
    println!("{}", shr(u64::MIN, 63));
    println!("{}", shr(1, 64));
}
