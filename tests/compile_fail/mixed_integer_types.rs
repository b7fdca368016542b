// Adding a `u8` and a `u16`: rustc rejects it.
// expect: E0308 at line 6
fn main() {
    let a: u8 = 1;
    let b: u16 = 2;
    println!("{}", a + b);
}
