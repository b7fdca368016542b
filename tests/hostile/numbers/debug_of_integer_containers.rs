// Debug of tuples, options and vectors of typed integers.
// expect: rustc
fn main() {
    let t = (u8::MAX, i8::MIN, u64::MAX, i128::MAX);
    println!("{:?}", t);
    println!("{:?}", vec![Some(u32::MAX), None]);
    println!("{:#?}", (1u8, -1i16));
    println!("{:x?}", vec![255u8, 16]);
}
