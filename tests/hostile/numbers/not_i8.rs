// Bitwise `!`, `&`, `|`, `^` on i8.
// expect: rustc
fn main() {
    let zero: i8 = 0;
    println!("{}", !zero);
    println!("{}", !i8::MAX);
    println!("{}", !(5 as i8));
    println!("{} {} {}", (12 as i8) & 10, (12 as i8) | 3, (12 as i8) ^ 10);
    println!("{:b}", !(1 as i8));
}
