// Adding a u8 and a u16 does not compile.
// expect: error
fn main() {
    let a: u8 = 1;
    let b: u16 = 2;
    println!("{}", a + b);
}
