// `u32::MIN - 1` in a debug build panics.
// expect: rustc
fn sub(a: u32, b: u32) -> u32 {
    a - b
}

fn main() {
    println!("{}", sub(u32::MIN + 1, 1));
    println!("{}", sub(u32::MIN, 1));
}
