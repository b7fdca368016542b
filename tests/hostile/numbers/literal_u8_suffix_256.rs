// `256u8` does not compile.
// expect: error
fn main() {
    let x = 256u8;
    println!("{}", x);
}
