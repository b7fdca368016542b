// A literal beyond `u8` (overflowing_literals): rustc rejects it.
// expect: error at line 4
fn main() {
    let x: u8 = 256;
    println!("{x}");
}
