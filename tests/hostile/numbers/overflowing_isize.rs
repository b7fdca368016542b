// The overflowing_ family on isize: the wrapped value and whether it overflowed.
// expect: rustc
fn main() {
    let max = isize::MAX;
    let min = isize::MIN;
    println!("{:?}", max.overflowing_add(1));
    println!("{:?}", min.overflowing_sub(1));
    println!("{:?}", max.overflowing_mul(2));
    println!("{:?}", (5 as isize).overflowing_add(6));
    println!("{:?}", (1 as isize).overflowing_shl(250));
}
