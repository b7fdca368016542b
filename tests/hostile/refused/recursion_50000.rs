// Recursion 50,000 calls deep: compiled, fine in 8 MB of stack.
// expect: rustc
fn depth(n: u32) -> u32 {
    if n == 0 { 0 } else { depth(n - 1) + 1 }
}

fn main() {
    println!("{}", depth(50_000));
}
