// Assigning a string to an integer variable: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let mut count = 0;
    count = "many";
    println!("{count}");
}
