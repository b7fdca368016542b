// Adding booleans does not compile.
// expect: error
fn main() {
    let x = true + true;
    println!("{}", x);
}
