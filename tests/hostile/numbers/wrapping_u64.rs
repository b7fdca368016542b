// The wrapping_ family on u64 at its limits.
// expect: rustc
fn main() {
    let max = u64::MAX;
    let min = u64::MIN;
    println!("{}", max.wrapping_add(1));
    println!("{}", min.wrapping_sub(1));
    println!("{}", max.wrapping_mul(3));
    println!("{}", min.wrapping_neg());
    println!("{}", (1 as u64).wrapping_shl(200));
    println!("{}", max.wrapping_shr(200));
    println!("{}", (7 as u64).wrapping_div(2));
    println!("{}", (7 as u64).wrapping_rem(3));
}
