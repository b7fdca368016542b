// Multiplying booleans: rustc rejects it.
// expect: E0369 at line 5
fn main() {
    let a = true;
    let b = a * false;
    println!("{b}");
}
