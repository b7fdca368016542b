// `Duration` without `use std::time::Duration`: rustc rejects it.
// expect: E0433 at line 4
fn main() {
    let d = Duration::from_millis(5);
    println!("{d:?}");
}
