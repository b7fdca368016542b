// `let x: i8 = 128;` does not compile.
// expect: error
fn main() {
    let x: i8 = 128;
    println!("{}", x);
}
