// The overflowing_ family on u128: the wrapped value and whether it overflowed.
// expect: rustc
fn main() {
    let max = u128::MAX;
    let min = u128::MIN;
    println!("{:?}", max.overflowing_add(1));
    println!("{:?}", min.overflowing_sub(1));
    println!("{:?}", max.overflowing_mul(2));
    println!("{:?}", (5 as u128).overflowing_add(6));
    println!("{:?}", (1 as u128).overflowing_shl(250));
}
