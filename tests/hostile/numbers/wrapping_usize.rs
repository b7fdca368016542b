// The wrapping_ family on usize at its limits.
// expect: rustc
fn main() {
    let max = usize::MAX;
    let min = usize::MIN;
    println!("{}", max.wrapping_add(1));
    println!("{}", min.wrapping_sub(1));
    println!("{}", max.wrapping_mul(3));
    println!("{}", min.wrapping_neg());
    println!("{}", (1 as usize).wrapping_shl(200));
    println!("{}", max.wrapping_shr(200));
    println!("{}", (7 as usize).wrapping_div(2));
    println!("{}", (7 as usize).wrapping_rem(3));
}
