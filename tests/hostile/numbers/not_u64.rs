// Bitwise `!`, `&`, `|`, `^` on u64.
// expect: rustc
fn main() {
    let zero: u64 = 0;
    println!("{}", !zero);
    println!("{}", !u64::MAX);
    println!("{}", !(5 as u64));
    println!("{} {} {}", (12 as u64) & 10, (12 as u64) | 3, (12 as u64) ^ 10);
    println!("{:b}", !(1 as u64));
}
