// Bitwise `!`, `&`, `|`, `^` on i16.
// expect: rustc
fn main() {
    let zero: i16 = 0;
    println!("{}", !zero);
    println!("{}", !i16::MAX);
    println!("{}", !(5 as i16));
    println!("{} {} {}", (12 as i16) & 10, (12 as i16) | 3, (12 as i16) ^ 10);
    println!("{:b}", !(1 as i16));
}
