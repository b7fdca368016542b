// `i64::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: i64, b: i64) -> i64 {
    a * b
}

fn main() {
    println!("{}", mul(i64::MAX / 2, 2));
    println!("{}", mul(i64::MAX, 2));
}
