// Bitwise `!`, `&`, `|`, `^` on usize.
// expect: rustc
fn main() {
    let zero: usize = 0;
    println!("{}", !zero);
    println!("{}", !usize::MAX);
    println!("{}", !(5 as usize));
    println!("{} {} {}", (12 as usize) & 10, (12 as usize) | 3, (12 as usize) ^ 10);
    println!("{:b}", !(1 as usize));
}
