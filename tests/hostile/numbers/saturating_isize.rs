// The saturating_ family on isize.
// expect: rustc
fn main() {
    let max = isize::MAX;
    let min = isize::MIN;
    println!("{} {}", max.saturating_add(1), min.saturating_sub(1));
    println!("{} {}", max.saturating_mul(2), min.saturating_mul(2));
    println!("{} {}", (10 as isize).saturating_sub(3), (10 as isize).saturating_add(3));
    println!("{}", (2 as isize).saturating_pow(200));
}
