// `{:x} {:o} {:b} {:#x} {:08b} {:#010x}` of typed values, negatives in two's complement.
// expect: rustc
fn main() {
    println!("{:x} {:X} {:o} {:b}", 255u8, 255u8, 8u8, 5u8);
    println!("{:#x} {:#o} {:#b}", 255, 8, 5);
    println!("{:08b} {:#010x} {:#06b}", 5u8, 255, 3);
    println!("{:x} {:x} {:x}", -1i8, -1i32, -1i64);
    println!("{:b}", -2i16);
    println!("{:o}", -8i32);
    println!("{:x}", i128::MIN);
    println!("{:>10x}|{:<6b}|{:^7o}", 3054, 6, 64);
}
