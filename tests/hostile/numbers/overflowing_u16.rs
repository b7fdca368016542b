// The overflowing_ family on u16: the wrapped value and whether it overflowed.
// expect: rustc
fn main() {
    let max = u16::MAX;
    let min = u16::MIN;
    println!("{:?}", max.overflowing_add(1));
    println!("{:?}", min.overflowing_sub(1));
    println!("{:?}", max.overflowing_mul(2));
    println!("{:?}", (5 as u16).overflowing_add(6));
    println!("{:?}", (1 as u16).overflowing_shl(250));
}
