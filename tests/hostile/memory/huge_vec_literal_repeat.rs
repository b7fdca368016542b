// `vec![0u8; 3_000_000_000]`: three gigabytes at once.
// expect: limit memory
fn main() {
    let v = vec![0u8; 3_000_000_000];
    println!("{}", v.len());
}
