// `u64::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: u64, b: u64) -> u64 {
    a * b
}

fn main() {
    println!("{}", mul(u64::MAX / 2, 2));
    println!("{}", mul(u64::MAX, 2));
}
