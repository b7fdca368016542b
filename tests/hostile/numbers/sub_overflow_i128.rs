// `i128::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: i128, b: i128) -> i128 {
    a - b
}

fn main() {
    println!("{}", sub(i128::MIN + 1, 1));
    println!("{}", sub(i128::MIN, 1));
}
