// A vector moved twice: rustc rejects it.
// expect: E0382 at line 6
fn main() {
    let a = vec![1];
    let b = a;
    let c = a;
    println!("{b:?} {c:?}");
}
