// `i16::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: i16, b: i16) -> i16 {
    a + b
}

fn main() {
    println!("{}", add(i16::MAX - 1, 1));
    println!("{}", add(i16::MAX, 1));
    println!("unreachable");
}
