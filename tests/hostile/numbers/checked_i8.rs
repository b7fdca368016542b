// The checked_ family on i8: None exactly where rustc overflows.
// expect: rustc
fn main() {
    let max = i8::MAX;
    let min = i8::MIN;
    println!("{:?} {:?}", max.checked_add(1), (max - 1).checked_add(1));
    println!("{:?} {:?}", min.checked_sub(1), (min + 1).checked_sub(1));
    println!("{:?} {:?}", max.checked_mul(2), (3 as i8).checked_mul(4));
    println!("{:?} {:?}", (5 as i8).checked_div(0), (9 as i8).checked_div(2));
    println!("{:?} {:?}", (5 as i8).checked_rem(0), (9 as i8).checked_rem(4));
    println!("{:?} {:?}", (1 as i8).checked_shl(300), (1 as i8).checked_shl(3));
    println!("{:?}", min.checked_neg());
}
