// Escapes in string literals: tabs, unicode, a backslash-newline continuation.
// expect: rustc
fn main() {
    println!("tab\there");
    println!("\u{48}\u{49} \x41");
    println!("line one \
              continues");
    println!("{:?}", "quote\" and \\ backslash");
    println!("{:?}", 'x');
    println!("{:?}", '\n');
}
