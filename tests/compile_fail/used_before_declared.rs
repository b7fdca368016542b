// A variable used before its `let`: rustc rejects it.
// expect: E0425 at line 4
fn main() {
    println!("{}", later);
    let later = 1;
    println!("{later}");
}
