// A 20-million character string.
// expect: rustc
fn main() {
    let s = "ab".repeat(10_000_000);
    println!("{}", s.len());
}
