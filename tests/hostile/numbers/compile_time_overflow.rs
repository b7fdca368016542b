// `255u8 + 1` in constants: rustc rejects it (arithmetic_overflow).
// expect: error
fn main() {
    let x: u8 = 255 + 1;
    println!("{}", x);
}
