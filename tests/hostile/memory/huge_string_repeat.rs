// `"x".repeat(3_000_000_000)`: three gigabytes at once.
// expect: limit memory
fn main() {
    let s = "x".repeat(3_000_000_000);
    println!("{}", s.len());
}
