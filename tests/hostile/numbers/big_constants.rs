// The 64- and 128-bit limits, which do not fit in an i64.
// expect: rustc
fn main() {
    println!("{}", u64::MAX);
    println!("{}", i128::MIN);
    println!("{}", u128::MAX);
    println!("{}", i64::MIN);
    println!("{} {}", usize::MAX, isize::MIN);
    println!("{:x} {:b}", u64::MAX, u128::MAX.count_ones());
    println!("{}", u64::MAX as i64);
    println!("{}", (u64::MAX as u128) * 2);
}
