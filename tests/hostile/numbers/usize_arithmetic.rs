// usize indexes and lengths: wrapping, checked and a subtraction that underflows.
// expect: rustc
fn main() {
    let v = vec![1, 2, 3];
    let i: usize = 1;
    println!("{}", v[i + 1]);
    println!("{:?}", i.checked_sub(2));
    println!("{}", i.wrapping_sub(2));
    println!("{}", v.len().saturating_sub(10));
    let j = v.len() - 4;
    println!("{}", j);
}
