// Chains of `as` casts through narrower and signed types.
// expect: rustc
fn main() {
    let x = -1i32;
    println!("{}", x as u8 as i8 as u64);
    println!("{}", x as u64 as i8);
    println!("{}", 300i32 as u8 as i32);
    println!("{}", u64::MAX as u32 as i64);
    println!("{}", (i16::MIN as u16) >> 15);
    println!("{}", 65u8 as char as u32 as f64);
}
