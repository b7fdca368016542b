// `i32::MAX + 1` in a debug build panics; one below it does not.
// expect: rustc
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(i32::MAX - 1, 1));
    println!("{}", add(i32::MAX, 1));
    println!("unreachable");
}
