// A string literal where a `u32` is declared: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let x: u32 = "text";
    println!("{x}");
}
