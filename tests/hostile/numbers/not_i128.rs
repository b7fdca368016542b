// Bitwise `!`, `&`, `|`, `^` on i128.
// expect: rustc
fn main() {
    let zero: i128 = 0;
    println!("{}", !zero);
    println!("{}", !i128::MAX);
    println!("{}", !(5 as i128));
    println!("{} {} {}", (12 as i128) & 10, (12 as i128) | 3, (12 as i128) ^ 10);
    println!("{:b}", !(1 as i128));
}
