// `u16::MIN` and `u16::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (u16::MIN, u16::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
