// A f64 where a f32 is expected does not compile.
// expect: error
fn main() {
    let x: f32 = 1.0f64;
    println!("{}", x);
}
