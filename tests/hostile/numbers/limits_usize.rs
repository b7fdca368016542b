// `usize::MIN` and `usize::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (usize::MIN, usize::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
