// `as` from i128 to every integer type: truncation, sign extension, reinterpretation.
// expect: rustc
fn main() {
    let values: [i128; 4] = [-1, i128::MAX as i128, i128::MIN as i128, 1 << 100 as i128];
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
