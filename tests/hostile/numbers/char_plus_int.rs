// Adding an integer to a char does not compile.
// expect: error
fn main() {
    let c = 'a' + 1;
    println!("{}", c);
}
