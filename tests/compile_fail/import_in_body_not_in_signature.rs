// A `use` inside a function's body does not reach its own signature: rustc cannot find the
// trait in the bound.
// expect: E0405 at line 4
fn describe<T: Display>(value: T) -> String {
    use std::fmt::Display;
    format!("<{value}>")
}

fn main() {
    println!("{}", describe(5));
}
