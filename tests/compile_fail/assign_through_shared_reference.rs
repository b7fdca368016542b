// Assigning through a `&` reference: rustc rejects it.
// expect: E0594 at line 6
fn main() {
    let x = 1;
    let r = &x;
    *r = 2;
    println!("{x}");
}
