// An integer as a `while` condition: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let mut n = 3;
    while n {
        n -= 1;
    }
}
