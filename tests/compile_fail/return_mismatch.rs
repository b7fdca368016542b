// `return` of the wrong type: rustc rejects it.
// expect: E0308 at line 5
fn check(n: u32) -> bool {
    if n > 3 {
        return "big";
    }
    false
}

fn main() {
    println!("{}", check(4));
}
