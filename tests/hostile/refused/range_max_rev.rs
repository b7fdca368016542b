// `max` and `rev().next()` of huge ranges.
// expect: rustc
fn main() {
    println!("{:?}", (0..u64::MAX).rev().next());
    println!("{:?}", (1..=50_000_000u32).max());
}
