// Dividing by a literal zero: rustc rejects it (unconditional_panic).
// expect: error
fn main() {
    let x = 1 / 0;
    println!("{}", x);
}
