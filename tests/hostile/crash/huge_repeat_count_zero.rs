// `"x".repeat(0)` and `vec![x; 0]` with huge elements.
// expect: rustc
fn main() {
    let s = "abc".repeat(0);
    let v = vec![String::from("big"); 0];
    println!("{:?} {:?}", s, v);
}
