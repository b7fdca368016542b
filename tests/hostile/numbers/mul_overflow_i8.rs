// `i8::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: i8, b: i8) -> i8 {
    a * b
}

fn main() {
    println!("{}", mul(i8::MAX / 2, 2));
    println!("{}", mul(i8::MAX, 2));
}
