// `String + String` (the right side must be a `&str`): rustc rejects it.
// expect: E0308 at line 6
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let ab = a + b;
    println!("{ab}");
}
