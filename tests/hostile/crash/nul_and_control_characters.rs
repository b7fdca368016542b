// Control characters and a NUL inside a string literal.
// expect: rustc
fn main() {
    let s = "a\0b\x07c\x1b[0m";
    println!("{}", s.len());
    println!("{:?}", s);
}
