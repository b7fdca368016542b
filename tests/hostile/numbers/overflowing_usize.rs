// The overflowing_ family on usize: the wrapped value and whether it overflowed.
// expect: rustc
fn main() {
    let max = usize::MAX;
    let min = usize::MIN;
    println!("{:?}", max.overflowing_add(1));
    println!("{:?}", min.overflowing_sub(1));
    println!("{:?}", max.overflowing_mul(2));
    println!("{:?}", (5 as usize).overflowing_add(6));
    println!("{:?}", (1 as usize).overflowing_shl(250));
}
