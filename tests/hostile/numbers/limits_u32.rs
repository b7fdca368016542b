// `u32::MIN` and `u32::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (u32::MIN, u32::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
