// The wrapping_ family on i16 at its limits.
// expect: rustc
fn main() {
    let max = i16::MAX;
    let min = i16::MIN;
    println!("{}", max.wrapping_add(1));
    println!("{}", min.wrapping_sub(1));
    println!("{}", max.wrapping_mul(3));
    println!("{}", min.wrapping_neg());
    println!("{}", (1 as i16).wrapping_shl(200));
    println!("{}", max.wrapping_shr(200));
    println!("{}", (7 as i16).wrapping_div(2));
    println!("{}", (7 as i16).wrapping_rem(3));
}
