// `u32::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: u32, b: u32) -> u32 {
    a * b
}

fn main() {
    println!("{}", mul(u32::MAX / 2, 2));
    println!("{}", mul(u32::MAX, 2));
}
