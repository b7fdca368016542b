// `let x: u8 = 256;` is rejected by rustc (overflowing_literals).
// expect: error
fn main() {
    let x: u8 = 256;
    println!("{}", x);
}
