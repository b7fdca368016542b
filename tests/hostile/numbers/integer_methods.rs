// leading_zeros, trailing_zeros, count_ones, rotate, swap_bytes, is_power_of_two.
// expect: rustc
fn main() {
    println!("{} {} {}", 1u8.leading_zeros(), 8u32.trailing_zeros(), (-1i16).count_ones());
    println!("{} {}", 0x12u8.rotate_left(4), 1u32.rotate_right(1));
    println!("{:x}", 0x1234u16.swap_bytes());
    println!("{} {}", 64u64.is_power_of_two(), 12u64.next_power_of_two());
    println!("{} {}", 10i32.pow(9), 2u64.pow(63));
    println!("{} {}", i8::MAX.min(3), u8::MIN.max(1));
}
