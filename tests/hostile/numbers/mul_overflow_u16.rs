// `u16::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: u16, b: u16) -> u16 {
    a * b
}

fn main() {
    println!("{}", mul(u16::MAX / 2, 2));
    println!("{}", mul(u16::MAX, 2));
}
