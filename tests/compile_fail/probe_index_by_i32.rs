// A vector indexed by an `i32` rather than a `usize`: rustc rejects it.
// expect: E0277 at line 6
fn main() {
    let v = vec![10, 20, 30];
    let i: i32 = 1;
    println!("{}", v[i]);
}
