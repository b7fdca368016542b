// `u128::MIN` and `u128::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (u128::MIN, u128::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
