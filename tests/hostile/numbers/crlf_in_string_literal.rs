// A CRLF inside a string literal: rustc reads it as a plain newline.
// expect: rustc
fn main() {
    let s = "one
two";
    println!("{}", s.len());
    println!("{:?}", s);
}
