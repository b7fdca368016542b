// `(0..20_000_000u64).sum()`: a range never allocates.
// expect: rustc
fn main() {
    let s: u64 = (0..20_000_000u64).sum();
    println!("{}", s);
}
