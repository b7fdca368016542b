// A variant of an enum nothing declares: rustc rejects it.
// expect: E0433 at line 4
fn main() {
    let c = Colour::Red;
    let _ = c;
}
