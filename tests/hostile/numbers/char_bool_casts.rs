// `as` between char, u8, u32 and bool.
// expect: rustc
fn main() {
    println!("{} {} {}", 65u8 as char, 'é' as u8, '字' as u32);
    println!("{} {}", 'A' as i64, '\u{10FFFF}' as u32);
    println!("{} {} {}", true as i32, false as u8, true as u128);
    println!("{:?} {:?}", 200u8 as char, 0u8 as char);
    println!("{}", ('a' as u8 + 25) as char);
}
