// `u16::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: u16, b: u16) -> u16 {
    a - b
}

fn main() {
    println!("{}", sub(u16::MIN + 1, 1));
    println!("{}", sub(u16::MIN, 1));
}
