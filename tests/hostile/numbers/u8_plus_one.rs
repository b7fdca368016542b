// `255u8 + 1` through a variable the lint cannot see: a debug build panics.
// expect: rustc
fn main() {
    let bytes = vec![254u8, 255];
    for b in bytes {
        println!("{}", b + 1);
    }
}
