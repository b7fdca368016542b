// `Vec::<u64>::with_capacity(usize::MAX)` panics with "capacity overflow".
// expect: rustc
fn main() {
    println!("start");
    let v: Vec<u64> = Vec::with_capacity(usize::MAX);
    println!("{}", v.len());
}
