// `isize::MIN / -1` overflows and panics.
// expect: rustc
fn div(a: isize, b: isize) -> isize {
    a / b
}

fn main() {
    println!("{}", div(isize::MIN, 1));
    println!("{:?}", isize::MIN.checked_div(-1));
    println!("{:?}", isize::MIN.overflowing_div(-1));
    println!("{}", div(isize::MIN, -1));
}
