// Indexing with usize::MAX panics with the index and length.
// expect: rustc
fn main() {
    let v = vec![1, 2, 3];
    let i = usize::MAX;
    println!("{}", v[i]);
}
