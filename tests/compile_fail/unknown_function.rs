// A function nothing declares: rustc rejects it.
// expect: E0425 at line 4
fn main() {
    let n = compute_answer();
    println!("{n}");
}
