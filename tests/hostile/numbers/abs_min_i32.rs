// `i32::MIN.abs()` panics in a debug build; `unsigned_abs` and `wrapping_abs` do not.
// expect: rustc
fn main() {
    let min = i32::MIN;
    println!("{} {}", min.unsigned_abs(), min.wrapping_abs());
    println!("{:?}", min.checked_abs());
    println!("{} {}", (-5 as i32).abs(), (-5 as i32).signum());
    println!("{}", min.abs());
}
