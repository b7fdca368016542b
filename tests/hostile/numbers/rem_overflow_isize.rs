// `isize::MIN % -1` overflows and panics.
// expect: rustc
fn rem(a: isize, b: isize) -> isize {
    a % b
}

fn main() {
    println!("{} {}", rem(-7, 3), rem(7, -3));
    println!("{}", (-7 as isize).rem_euclid(3));
    println!("{}", isize::MIN.wrapping_rem(-1));
    println!("{}", rem(isize::MIN, -1));
}
