// A call with too many arguments: rustc rejects it.
// expect: E0061 at line 8
fn greet(name: &str) {
    println!("hello {name}");
}

fn main() {
    greet("a", "b");
}
