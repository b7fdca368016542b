// `i8::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: i8, b: i8) -> i8 {
    a - b
}

fn main() {
    println!("{}", sub(i8::MIN + 1, 1));
    println!("{}", sub(i8::MIN, 1));
}
