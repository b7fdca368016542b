// `"ab".repeat(usize::MAX)` panics with "capacity overflow" before allocating.
// expect: rustc
fn main() {
    println!("start");
    let s = "ab".repeat(usize::MAX);
    println!("{}", s.len());
}
