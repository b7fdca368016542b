// A two-name pattern for a three-element tuple: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let (a, b) = (1, 2, 3);
    println!("{a} {b}");
}
