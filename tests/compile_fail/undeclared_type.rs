// A path through a type nothing declares: rustc rejects it.
// expect: E0433 at line 4
fn main() {
    let m = Registry::new();
    println!("{}", m.len());
}
