// A variable nothing declares: rustc rejects it.
// expect: E0425 at line 5
fn main() {
    let total = 3;
    println!("{}", totl);
    let _ = total;
}
