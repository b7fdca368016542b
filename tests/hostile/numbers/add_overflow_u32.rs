// `u32::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    println!("{}", add(u32::MAX - 1, 1));
    println!("{}", add(u32::MAX, 1));
    println!("unreachable");
}
