// Bitwise `!`, `&`, `|`, `^` on i64.
// expect: rustc
fn main() {
    let zero: i64 = 0;
    println!("{}", !zero);
    println!("{}", !i64::MAX);
    println!("{}", !(5 as i64));
    println!("{} {} {}", (12 as i64) & 10, (12 as i64) | 3, (12 as i64) ^ 10);
    println!("{:b}", !(1 as i64));
}
