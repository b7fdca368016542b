// An empty program.
// expect: rustc
fn main() {}
