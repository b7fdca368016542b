// `i128::MIN % -1` overflows and panics.
// expect: rustc
fn rem(a: i128, b: i128) -> i128 {
    a % b
}

fn main() {
    println!("{} {}", rem(-7, 3), rem(7, -3));
    println!("{}", (-7 as i128).rem_euclid(3));
    println!("{}", i128::MIN.wrapping_rem(-1));
    println!("{}", rem(i128::MIN, -1));
}
