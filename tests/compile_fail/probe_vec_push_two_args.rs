// `push` given two values: rustc rejects it.
// expect: E0061 at line 5
fn main() {
    let mut v = Vec::new();
    v.push(1, 2);
    println!("{v:?}");
}
