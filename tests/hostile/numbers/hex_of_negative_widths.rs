// `{:x}` and `{:b}` of negative values of every signed width.
// expect: rustc
fn main() {
    println!("{:x} {:x} {:x} {:x} {:x}", -1i8, -1i16, -2i32, -3i64, -4i128);
    println!("{:b} {:o}", i8::MIN, i16::MIN);
    println!("{:#X} {:#b}", -1i8, -1i8);
    println!("{:010x}", -1i16);
}
