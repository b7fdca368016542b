// The wrapping_ family on i8 at its limits.
// expect: rustc
fn main() {
    let max = i8::MAX;
    let min = i8::MIN;
    println!("{}", max.wrapping_add(1));
    println!("{}", min.wrapping_sub(1));
    println!("{}", max.wrapping_mul(3));
    println!("{}", min.wrapping_neg());
    println!("{}", (1 as i8).wrapping_shl(200));
    println!("{}", max.wrapping_shr(200));
    println!("{}", (7 as i8).wrapping_div(2));
    println!("{}", (7 as i8).wrapping_rem(3));
}
