// `u128::MAX * 2` in a debug build panics.
// expect: rustc
fn mul(a: u128, b: u128) -> u128 {
    a * b
}

fn main() {
    println!("{}", mul(u128::MAX / 2, 2));
    println!("{}", mul(u128::MAX, 2));
}
