// `pow` on isize: exact up to the limit, checked/wrapping past it, then a debug-build panic.
// expect: rustc
fn main() {
    let two: isize = 2;
    let top: u32 = 62;
    println!("{}", two.pow(top));
    println!("{:?} {:?}", two.checked_pow(top), two.checked_pow(top + 1));
    println!("{}", two.wrapping_pow(top + 1));
    println!("{}", (3 as isize).pow(0));
    println!("{}", two.pow(top + 1));
}
