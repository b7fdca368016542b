// Constant arithmetic that overflows (arithmetic_overflow): rustc rejects it.
// expect: error at line 4
fn main() {
    let x: u8 = 255 + 1;
    println!("{x}");
}
