// Unsigned values compare above every signed literal they were cast from.
// expect: rustc
fn main() {
    let big = u64::MAX;
    println!("{}", big > 0);
    println!("{}", (-1i64) as u64 == big);
    let mut v: Vec<u32> = vec![4_000_000_000, 5, 3_000_000_000];
    v.sort();
    println!("{:?}", v);
    println!("{:?}", v.iter().max());
}
