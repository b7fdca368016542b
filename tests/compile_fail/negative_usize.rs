// A negative literal where a `usize` is declared: rustc rejects it.
// expect: E0600 at line 4
fn main() {
    let i: usize = -1;
    println!("{i}");
}
