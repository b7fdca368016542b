// The saturating_ family on u64.
// expect: rustc
fn main() {
    let max = u64::MAX;
    let min = u64::MIN;
    println!("{} {}", max.saturating_add(1), min.saturating_sub(1));
    println!("{} {}", max.saturating_mul(2), min.saturating_mul(2));
    println!("{} {}", (10 as u64).saturating_sub(3), (10 as u64).saturating_add(3));
    println!("{}", (2 as u64).saturating_pow(200));
}
