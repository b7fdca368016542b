// An integer as an `if` condition: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let n = 1;
    if n {
        println!("one");
    }
}
