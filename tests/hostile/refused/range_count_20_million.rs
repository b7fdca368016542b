// Counting a 20-million range.
// expect: rustc
fn main() {
    println!("{}", (0..20_000_000u64).count());
    println!("{:?}", (0..20_000_000u64).last());
}
