// `1i32 << 32` with constants: rustc rejects it (arithmetic_overflow).
// expect: error
fn main() {
    let x: i32 = 1 << 32;
    println!("{}", x);
}
