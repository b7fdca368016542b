// `i8::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: i8, b: i8) -> i8 {
    a + b
}

fn main() {
    println!("{}", add(i8::MAX - 1, 1));
    println!("{}", add(i8::MAX, 1));
    println!("unreachable");
}
