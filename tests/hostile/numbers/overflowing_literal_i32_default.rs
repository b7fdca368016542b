// An unsuffixed 3_000_000_000 is an i32: rustc rejects it.
// expect: error
fn main() {
    let x = 3_000_000_000;
    println!("{}", x);
}
