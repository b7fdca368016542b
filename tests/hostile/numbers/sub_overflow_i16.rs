// `i16::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: i16, b: i16) -> i16 {
    a - b
}

fn main() {
    println!("{}", sub(i16::MIN + 1, 1));
    println!("{}", sub(i16::MIN, 1));
}
