// Bitwise `!`, `&`, `|`, `^` on isize.
// expect: rustc
fn main() {
    let zero: isize = 0;
    println!("{}", !zero);
    println!("{}", !isize::MAX);
    println!("{}", !(5 as isize));
    println!("{} {} {}", (12 as isize) & 10, (12 as isize) | 3, (12 as isize) ^ 10);
    println!("{:b}", !(1 as isize));
}
