// `push_str` on a `String` that is not `mut`: rustc rejects it.
// expect: E0596 at line 5
fn main() {
    let s = String::from("hello");
    s.push_str(", world");
    println!("{s}");
}
