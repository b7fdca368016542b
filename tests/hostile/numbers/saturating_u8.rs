// The saturating_ family on u8.
// expect: rustc
fn main() {
    let max = u8::MAX;
    let min = u8::MIN;
    println!("{} {}", max.saturating_add(1), min.saturating_sub(1));
    println!("{} {}", max.saturating_mul(2), min.saturating_mul(2));
    println!("{} {}", (10 as u8).saturating_sub(3), (10 as u8).saturating_add(3));
    println!("{}", (2 as u8).saturating_pow(200));
}
