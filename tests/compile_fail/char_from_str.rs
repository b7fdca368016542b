// A string literal where a `char` is declared: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let c: char = "a";
    println!("{c}");
}
