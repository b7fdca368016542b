// An integer literal plus a float literal: rustc rejects it.
// expect: E0277 at line 4
fn main() {
    let x = 1 + 2.5;
    println!("{x}");
}
