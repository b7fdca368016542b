// An `f64` where an `f32` is declared: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let x: f32 = 1.5f64;
    println!("{x}");
}
