// A struct without `Display` passed to a function bounded by it: rustc rejects it.
// expect: E0277 at line 12
fn show<T: std::fmt::Display>(t: T) {
    println!("{t}");
}

struct Point {
    x: i32,
}

fn main() {
    show(Point { x: 1 });
}
