// `i16::MIN % -1` overflows and panics.
// expect: rustc
fn rem(a: i16, b: i16) -> i16 {
    a % b
}

fn main() {
    println!("{} {}", rem(-7, 3), rem(7, -3));
    println!("{}", (-7 as i16).rem_euclid(3));
    println!("{}", i16::MIN.wrapping_rem(-1));
    println!("{}", rem(i16::MIN, -1));
}
