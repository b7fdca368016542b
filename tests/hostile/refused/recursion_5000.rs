// Recursion 5,000 calls deep: fine compiled.
// expect: rustc
fn depth(n: u32) -> u32 {
    if n == 0 { 0 } else { depth(n - 1) + 1 }
}

fn main() {
    println!("{}", depth(5_000));
}
