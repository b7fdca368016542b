// `i32::MIN` and `i32::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (i32::MIN, i32::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
