// The wrapping_ family on isize at its limits.
// expect: rustc
fn main() {
    let max = isize::MAX;
    let min = isize::MIN;
    println!("{}", max.wrapping_add(1));
    println!("{}", min.wrapping_sub(1));
    println!("{}", max.wrapping_mul(3));
    println!("{}", min.wrapping_neg());
    println!("{}", (1 as isize).wrapping_shl(200));
    println!("{}", max.wrapping_shr(200));
    println!("{}", (7 as isize).wrapping_div(2));
    println!("{}", (7 as isize).wrapping_rem(3));
}
