// A vector of five million u64.
// expect: rustc
fn main() {
    let v = vec![3u64; 5_000_000];
    println!("{} {}", v.len(), v[4_999_999]);
}
