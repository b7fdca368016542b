// A `&str` passed for a `u32` parameter: rustc rejects it.
// expect: E0308 at line 8
fn square(n: u32) -> u32 {
    n * n
}

fn main() {
    println!("{}", square("3"));
}
