// Matching on `Ordering` and sorting with it.
// expect: rustc
use std::cmp::Ordering;

fn main() {
    let mut v = vec![3u64, 1, u64::MAX, 0];
    v.sort_by(|a, b| b.cmp(a));
    println!("{:?}", v);
    for (a, b) in [(1i8, -1i8), (-128, 127), (0, 0)] {
        match a.cmp(&b) {
            Ordering::Less => println!("{} < {}", a, b),
            Ordering::Equal => println!("{} = {}", a, b),
            Ordering::Greater => println!("{} > {}", a, b),
        }
    }
    println!("{:?}", (-1i32).max(i32::MIN).cmp(&0));
}
