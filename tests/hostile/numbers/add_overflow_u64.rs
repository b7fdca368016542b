// `u64::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: u64, b: u64) -> u64 {
    a + b
}

fn main() {
    println!("{}", add(u64::MAX - 1, 1));
    println!("{}", add(u64::MAX, 1));
    println!("unreachable");
}
