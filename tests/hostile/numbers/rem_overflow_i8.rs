// `i8::MIN % -1` overflows and panics.
// expect: rustc
fn rem(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    println!("{} {}", rem(-7, 3), rem(7, -3));
    println!("{}", (-7 as i8).rem_euclid(3));
    println!("{}", i8::MIN.wrapping_rem(-1));
    println!("{}", rem(i8::MIN, -1));
}
