// Operations on an empty vector return None rather than panicking.
// expect: rustc
fn main() {
    let mut v: Vec<u64> = Vec::new();
    println!("{:?} {:?} {:?}", v.pop(), v.first(), v.last());
    println!("{:?}", v.iter().max());
    println!("{}", v.iter().sum::<u64>());
}
