// Shifting a i32 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: i32, b: u32) -> i32 {
    a >> b
}

fn main() {
    println!("{}", shr(i32::MAX, 31));
    println!("{}", shr(i32::MIN, 31));
    println!("{}", shr(1, 32));
}
