// `u8::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    println!("{}", add(u8::MAX - 1, 1));
    println!("{}", add(u8::MAX, 1));
    println!("unreachable");
}
