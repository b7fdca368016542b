// `i16::MIN` and `i16::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (i16::MIN, i16::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
