// Indexing an array with a constant past its end: rustc rejects it (unconditional_panic).
// expect: error
fn main() {
    let a = [1, 2, 3];
    println!("{}", a[5]);
}
