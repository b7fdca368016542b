// `i64::MIN` and `i64::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (i64::MIN, i64::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
