// `u8::MIN` and `u8::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (u8::MIN, u8::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
