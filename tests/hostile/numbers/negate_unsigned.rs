// Negating a u32 does not compile.
// expect: error
fn main() {
    let x: u32 = 5;
    println!("{}", -x);
}
