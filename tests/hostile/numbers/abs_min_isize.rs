// `isize::MIN.abs()` panics in a debug build; `unsigned_abs` and `wrapping_abs` do not.
// expect: rustc
fn main() {
    let min = isize::MIN;
    println!("{} {}", min.unsigned_abs(), min.wrapping_abs());
    println!("{:?}", min.checked_abs());
    println!("{} {}", (-5 as isize).abs(), (-5 as isize).signum());
    println!("{}", min.abs());
}
