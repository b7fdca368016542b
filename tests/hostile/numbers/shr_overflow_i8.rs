// Shifting a i8 right by its bit width panics in a debug build.
// expect: rustc
fn shr(a: i8, b: u32) -> i8 {
    a >> b
}

fn main() {
    println!("{}", shr(i8::MAX, 7));
    println!("{}", shr(i8::MIN, 7));
    println!("{}", shr(1, 8));
}
