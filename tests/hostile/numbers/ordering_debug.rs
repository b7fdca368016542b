// `Ordering` values and their Debug, from cmp and partial_cmp.
// expect: rustc
use std::cmp::Ordering;

fn main() {
    println!("{:?} {:?} {:?}", 1.cmp(&2), 2u8.cmp(&2), 3i64.cmp(&-3));
    println!("{:?}", 1.5f64.partial_cmp(&f64::NAN));
    println!("{:?}", Ordering::Less.reverse());
    println!("{}", Ordering::Greater == 5.cmp(&4));
    println!("{:?}", "apple".cmp("banana"));
    println!("{:?}", vec![1, 2, 3].cmp(&vec![1, 2]));
    let o = 1.cmp(&1).then(2.cmp(&1));
    println!("{:?} {}", o, o.is_gt());
}
