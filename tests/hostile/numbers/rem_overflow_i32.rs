// `i32::MIN % -1` overflows and panics.
// expect: rustc
fn rem(a: i32, b: i32) -> i32 {
    a % b
}

fn main() {
    println!("{} {}", rem(-7, 3), rem(7, -3));
    println!("{}", (-7 as i32).rem_euclid(3));
    println!("{}", i32::MIN.wrapping_rem(-1));
    println!("{}", rem(i32::MIN, -1));
}
