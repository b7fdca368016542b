// `pow` on u128: exact up to the limit, checked/wrapping past it, then a debug-build panic.
// expect: rustc
fn main() {
    let two: u128 = 2;
    let top: u32 = 127;
    println!("{}", two.pow(top));
    println!("{:?} {:?}", two.checked_pow(top), two.checked_pow(top + 1));
    println!("{}", two.wrapping_pow(top + 1));
    println!("{}", (3 as u128).pow(0));
    println!("{}", two.pow(top + 1));
}
