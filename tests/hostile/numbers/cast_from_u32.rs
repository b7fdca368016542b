// `as` from u32 to every integer type: truncation, sign extension, reinterpretation.
// expect: rustc
fn main() {
    let values: [u32; 4] = [u32::MAX as u32, 2147483648, 65537, 7];
    for v in values {
        print!("{} ", v as i8);
        print!("{} ", v as i16);
        print!("{} ", v as i32);
        print!("{} ", v as i64);
        print!("{} ", v as i128);
        print!("{} ", v as isize);
        print!("{} ", v as u8);
        print!("{} ", v as u16);
        print!("{} ", v as u32);
        print!("{} ", v as u64);
        print!("{} ", v as u128);
        print!("{} ", v as usize);
        println!();
    }
}
