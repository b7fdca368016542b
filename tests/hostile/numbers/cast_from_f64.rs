// `as` from f64 to every integer type saturates, and NaN becomes 0.
// expect: rustc
fn main() {
    let values: [f64; 9] = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1.5, 1e20, 255.9, -129.7, -0.0, 2147483647.9];
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
