// `i16::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: i16, b: i16) -> i16 {
    a * b
}

fn main() {
    println!("{}", mul(i16::MAX / 2, 2));
    println!("{}", mul(i16::MAX, 2));
}
