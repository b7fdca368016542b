// `i32::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: i32, b: i32) -> i32 {
    a - b
}

fn main() {
    println!("{}", sub(i32::MIN + 1, 1));
    println!("{}", sub(i32::MIN, 1));
}
