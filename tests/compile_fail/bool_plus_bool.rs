// Adding two booleans: rustc rejects it.
// expect: E0369 at line 4
fn main() {
    let x = true + true;
    println!("{x}");
}
