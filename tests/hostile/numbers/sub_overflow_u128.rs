// `u128::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: u128, b: u128) -> u128 {
    a - b
}

fn main() {
    println!("{}", sub(u128::MIN + 1, 1));
    println!("{}", sub(u128::MIN, 1));
}
