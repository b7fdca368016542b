// `print!` at exit without a trailing newline: nothing is added.
// expect: rustc
fn main() {
    print!("a");
    print!("b");
    println!();
    print!("no newline at the end");
}
