// An `async` block where its output is expected: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let n: u32 = async { 5 };
    println!("{n}");
}
