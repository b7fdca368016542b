// `u64::MIN` and `u64::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (u64::MIN, u64::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
