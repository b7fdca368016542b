// Bitwise `!`, `&`, `|`, `^` on i32.
// expect: rustc
fn main() {
    let zero: i32 = 0;
    println!("{}", !zero);
    println!("{}", !i32::MAX);
    println!("{}", !(5 as i32));
    println!("{} {} {}", (12 as i32) & 10, (12 as i32) | 3, (12 as i32) ^ 10);
    println!("{:b}", !(1 as i32));
}
