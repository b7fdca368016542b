// Bitwise `!`, `&`, `|`, `^` on u32.
// expect: rustc
fn main() {
    let zero: u32 = 0;
    println!("{}", !zero);
    println!("{}", !u32::MAX);
    println!("{}", !(5 as u32));
    println!("{} {} {}", (12 as u32) & 10, (12 as u32) | 3, (12 as u32) ^ 10);
    println!("{:b}", !(1 as u32));
}
