// `-1u32` does not compile.
// expect: error
fn main() {
    let x = -1u32;
    println!("{}", x);
}
