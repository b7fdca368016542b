// Ordering: reverse, then_with, is_* and comparison chains.
// expect: rustc
use std::cmp::Ordering;

fn main() {
    let a = (1, "b");
    let b = (1, "a");
    println!("{:?}", a.cmp(&b));
    println!("{:?}", a.0.cmp(&b.0).then_with(|| b.1.cmp(a.1)));
    println!("{} {} {}", Ordering::Less.is_lt(), Ordering::Equal.is_ge(), Ordering::Greater.is_le());
    println!("{:?}", [Ordering::Less, Ordering::Equal, Ordering::Greater]);
    println!("{:?}", 2.0f64.total_cmp(&-0.0));
}
