// `i32::MAX + 1` with constants: rustc rejects it.
// expect: error
fn main() {
    let x = i32::MAX + 1;
    println!("{}", x);
}
