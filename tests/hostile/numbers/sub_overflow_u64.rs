// `u64::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: u64, b: u64) -> u64 {
    a - b
}

fn main() {
    println!("{}", sub(u64::MIN + 1, 1));
    println!("{}", sub(u64::MIN, 1));
}
