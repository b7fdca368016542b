// Sorting u64 values above i64::MAX and i8 values around zero.
// expect: rustc
fn main() {
    let mut big = vec![u64::MAX, 1, 1 << 63, 0];
    big.sort();
    println!("{:?}", big);
    let mut small: Vec<i8> = vec![127, -128, 0, -1, 1];
    small.sort();
    println!("{:?} {:?}", small, small.iter().max());
    println!("{:?}", big.iter().map(|x| x / 2).max());
}
