// `u8::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: u8, b: u8) -> u8 {
    a - b
}

fn main() {
    println!("{}", sub(u8::MIN + 1, 1));
    println!("{}", sub(u8::MIN, 1));
}
