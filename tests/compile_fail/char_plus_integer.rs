// Adding an integer to a `char`: rustc rejects it.
// expect: E0369 at line 4
fn main() {
    let next = 'a' + 1;
    println!("{next}");
}
