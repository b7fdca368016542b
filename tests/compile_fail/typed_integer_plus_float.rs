// An `i32` plus a float literal: rustc rejects it.
// expect: E0277 at line 5
fn main() {
    let count: i32 = 3;
    let half = count + 0.5;
    println!("{half}");
}
