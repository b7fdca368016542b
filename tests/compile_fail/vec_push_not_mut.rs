// Pushing onto a vector that is not `mut`: rustc rejects it.
// expect: E0596 at line 5
fn main() {
    let v = Vec::new();
    v.push(1);
    println!("{v:?}");
}
