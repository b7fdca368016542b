// A million-iteration loop with arithmetic.
// expect: rustc
fn main() {
    let mut acc: u64 = 0;
    for i in 0..1_000_000u64 {
        acc = (acc * 31 + i) % 1_000_000_007;
    }
    println!("{}", acc);
}
