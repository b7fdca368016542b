// `i32::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: i32, b: i32) -> i32 {
    a * b
}

fn main() {
    println!("{}", mul(i32::MAX / 2, 2));
    println!("{}", mul(i32::MAX, 2));
}
