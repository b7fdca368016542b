// `i16::MIN.abs()` panics in a debug build; `unsigned_abs` and `wrapping_abs` do not.
// expect: rustc
fn main() {
    let min = i16::MIN;
    println!("{} {}", min.unsigned_abs(), min.wrapping_abs());
    println!("{:?}", min.checked_abs());
    println!("{} {}", (-5 as i16).abs(), (-5 as i16).signum());
    println!("{}", min.abs());
}
