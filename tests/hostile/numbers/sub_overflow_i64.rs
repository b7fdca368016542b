// `i64::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: i64, b: i64) -> i64 {
    a - b
}

fn main() {
    println!("{}", sub(i64::MIN + 1, 1));
    println!("{}", sub(i64::MIN, 1));
}
