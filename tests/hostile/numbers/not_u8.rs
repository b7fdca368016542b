// Bitwise `!`, `&`, `|`, `^` on u8.
// expect: rustc
fn main() {
    let zero: u8 = 0;
    println!("{}", !zero);
    println!("{}", !u8::MAX);
    println!("{}", !(5 as u8));
    println!("{} {} {}", (12 as u8) & 10, (12 as u8) | 3, (12 as u8) ^ 10);
    println!("{:b}", !(1 as u8));
}
