// `iter_mut` on a vector not declared `mut`: rustc rejects it.
// expect: E0596 at line 5
fn main() {
    let v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += 1;
    }
    println!("{v:?}");
}
