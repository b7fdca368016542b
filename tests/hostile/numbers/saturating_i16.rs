// The saturating_ family on i16.
// expect: rustc
fn main() {
    let max = i16::MAX;
    let min = i16::MIN;
    println!("{} {}", max.saturating_add(1), min.saturating_sub(1));
    println!("{} {}", max.saturating_mul(2), min.saturating_mul(2));
    println!("{} {}", (10 as i16).saturating_sub(3), (10 as i16).saturating_add(3));
    println!("{}", (2 as i16).saturating_pow(200));
}
