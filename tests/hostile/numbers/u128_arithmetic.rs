// Arithmetic and formatting across the whole u128 range.
// expect: rustc
fn main() {
    let a = u128::MAX / 3;
    println!("{}", a);
    println!("{}", a * 2 + 1);
    println!("{:x}", a);
    println!("{}", a % 1_000_000_007);
    let b: i128 = -(1i128 << 100);
    println!("{} {}", b, b / 7);
    println!("{:?}", b.checked_mul(1 << 27));
}
