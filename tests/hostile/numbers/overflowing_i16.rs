// The overflowing_ family on i16: the wrapped value and whether it overflowed.
// expect: rustc
fn main() {
    let max = i16::MAX;
    let min = i16::MIN;
    println!("{:?}", max.overflowing_add(1));
    println!("{:?}", min.overflowing_sub(1));
    println!("{:?}", max.overflowing_mul(2));
    println!("{:?}", (5 as i16).overflowing_add(6));
    println!("{:?}", (1 as i16).overflowing_shl(250));
}
