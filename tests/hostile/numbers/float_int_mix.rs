// Adding an integer and a float does not compile.
// expect: error
fn main() {
    let x = 1 + 2.5;
    println!("{}", x);
}
