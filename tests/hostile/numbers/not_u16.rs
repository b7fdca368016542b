// Bitwise `!`, `&`, `|`, `^` on u16.
// expect: rustc
fn main() {
    let zero: u16 = 0;
    println!("{}", !zero);
    println!("{}", !u16::MAX);
    println!("{}", !(5 as u16));
    println!("{} {} {}", (12 as u16) & 10, (12 as u16) | 3, (12 as u16) ^ 10);
    println!("{:b}", !(1 as u16));
}
