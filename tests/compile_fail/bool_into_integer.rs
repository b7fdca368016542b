// A `bool` where an `i32` is declared: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let flag: i32 = true;
    println!("{flag}");
}
