// `i128::MIN.abs()` panics in a debug build; `unsigned_abs` and `wrapping_abs` do not.
// expect: rustc
fn main() {
    let min = i128::MIN;
    println!("{} {}", min.unsigned_abs(), min.wrapping_abs());
    println!("{:?}", min.checked_abs());
    println!("{} {}", (-5 as i128).abs(), (-5 as i128).signum());
    println!("{}", min.abs());
}
