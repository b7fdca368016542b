// The saturating_ family on i32.
// expect: rustc
fn main() {
    let max = i32::MAX;
    let min = i32::MIN;
    println!("{} {}", max.saturating_add(1), min.saturating_sub(1));
    println!("{} {}", max.saturating_mul(2), min.saturating_mul(2));
    println!("{} {}", (10 as i32).saturating_sub(3), (10 as i32).saturating_add(3));
    println!("{}", (2 as i32).saturating_pow(200));
}
