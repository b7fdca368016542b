// Bitwise `!`, `&`, `|`, `^` on u128.
// expect: rustc
fn main() {
    let zero: u128 = 0;
    println!("{}", !zero);
    println!("{}", !u128::MAX);
    println!("{}", !(5 as u128));
    println!("{} {} {}", (12 as u128) & 10, (12 as u128) | 3, (12 as u128) ^ 10);
    println!("{:b}", !(1 as u128));
}
