// An `Option::map` closure giving a `usize` where an `Option<u32>` is declared: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let n: Option<u32> = Some("abc").map(|s| s.len());
    println!("{n:?}");
}
