// Assigning twice to a variable that is not `mut`: rustc rejects it.
// expect: E0384 at line 6
fn main() {
    let x = 5;
    println!("{x}");
    x = 6;
    println!("{x}");
}
