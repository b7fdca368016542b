// `i64::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: i64, b: i64) -> i64 {
    a + b
}

fn main() {
    println!("{}", add(i64::MAX - 1, 1));
    println!("{}", add(i64::MAX, 1));
    println!("unreachable");
}
