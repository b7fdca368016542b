// `Rc` without `use std::rc::Rc`: rustc rejects it.
// expect: E0433 at line 4
fn main() {
    let shared = Rc::new(5);
    println!("{shared}");
}
