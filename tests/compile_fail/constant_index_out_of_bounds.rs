// A constant index past an array's end (unconditional_panic): rustc rejects it.
// expect: error at line 5
fn main() {
    let a = [1, 2, 3];
    println!("{}", a[5]);
}
