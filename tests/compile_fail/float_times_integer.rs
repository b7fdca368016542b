// A float literal times an integer literal: rustc rejects it.
// expect: E0277 at line 4
fn main() {
    let area = 2.0 * 3;
    println!("{area}");
}
