// `u8::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: u8, b: u8) -> u8 {
    a * b
}

fn main() {
    println!("{}", mul(u8::MAX / 2, 2));
    println!("{}", mul(u8::MAX, 2));
}
