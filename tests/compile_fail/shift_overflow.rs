// A constant shift by the type's width: rustc rejects it.
// expect: error at line 4
fn main() {
    let x: i32 = 1 << 32;
    println!("{x}");
}
