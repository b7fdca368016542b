// `i128::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: i128, b: i128) -> i128 {
    a * b
}

fn main() {
    println!("{}", mul(i128::MAX / 2, 2));
    println!("{}", mul(i128::MAX, 2));
}
