// `i8::MIN` and `i8::MAX` in decimal, Debug, hex and binary.
// expect: rustc
fn main() {
    let (min, max) = (i8::MIN, i8::MAX);
    println!("{} {}", min, max);
    println!("{:?} {:?}", min, max);
    println!("{:x} {:X} {:#x}", min, max, max);
    println!("{:b}", min);
    println!("{:o}", max);
}
