// `u16::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: u16, b: u16) -> u16 {
    a + b
}

fn main() {
    println!("{}", add(u16::MAX - 1, 1));
    println!("{}", add(u16::MAX, 1));
    println!("unreachable");
}
