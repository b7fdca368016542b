// Printing 200,000 lines.
// expect: rustc
fn main() {
    for i in 0..200_000u32 {
        println!("{}", i);
    }
}
