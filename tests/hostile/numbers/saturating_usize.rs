// The saturating_ family on usize.
// expect: rustc
fn main() {
    let max = usize::MAX;
    let min = usize::MIN;
    println!("{} {}", max.saturating_add(1), min.saturating_sub(1));
    println!("{} {}", max.saturating_mul(2), min.saturating_mul(2));
    println!("{} {}", (10 as usize).saturating_sub(3), (10 as usize).saturating_add(3));
    println!("{}", (2 as usize).saturating_pow(200));
}
