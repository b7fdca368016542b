// Recursion 10,000 calls deep: the issue asks for at least this.
// expect: rustc
fn sum(n: u64) -> u64 {
    if n == 0 { 0 } else { n + sum(n - 1) }
}

fn main() {
    println!("{}", sum(10_000));
}
