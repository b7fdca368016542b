// Arithmetic on each integer type stays in that type.
// expect: rustc
fn main() {
    let a: u8 = 200;
    let b: u16 = a as u16 * 2;
    let c: i16 = -(b as i16);
    let d: u32 = (c as i32).abs() as u32;
    let e: i64 = d as i64 * -1_000_000;
    let f: u128 = ((-e) as u128).pow(3);
    println!("{} {} {} {} {} {}", a, b, c, d, e, f);
    println!("{}", a / 3 * 3);
    println!("{}", (-7i32) / 2);
    println!("{}", (-7i32) % 2);
    println!("{}", (-7i32).div_euclid(2));
}
