// `i128::MIN` and `i128::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (i128::MIN, i128::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
