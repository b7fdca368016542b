// Literal suffixes and radix prefixes give typed values.
// expect: rustc
fn main() {
    let a = 0xffu8;
    let b = 0b1010_1010u8;
    let c = 0o777u16;
    let d = 1_000_000i64;
    let e = 1e3f32;
    let f = 255u8 as i8;
    let g = 0x7fff_ffff_ffff_ffffi64;
    let h = 340282366920938463463374607431768211455u128;
    println!("{} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h);
    println!("{}", a.wrapping_add(1));
    println!("{}", 1u32.wrapping_sub(2));
}
