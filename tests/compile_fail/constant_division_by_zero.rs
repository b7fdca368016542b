// Division by a constant zero (unconditional_panic): rustc rejects it.
// expect: error at line 5
fn main() {
    let n = 10;
    let x = n / 0;
    println!("{x}");
}
