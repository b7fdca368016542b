// `vec![0u8; 20_000_000]`: 20 MB, a small allocation compiled.
// expect: rustc
fn main() {
    let v = vec![1u8; 20_000_000];
    println!("{}", v.len());
}
