// A call with too few arguments: rustc rejects it.
// expect: E0061 at line 8
fn add(a: u32, b: u32) -> u32 {
    a + b
}

fn main() {
    println!("{}", add(1));
}
