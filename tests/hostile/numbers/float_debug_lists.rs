// Debug of vectors of f32 and f64, with specials.
// expect: rustc
fn main() {
    let a: Vec<f32> = vec![1.0, 0.5, -0.0, 1e-8, 3.4e38];
    let b: Vec<f64> = vec![1.0, 0.1, -2.5e-300, 1e300, 100.0];
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{:?}", (1.0f32, 2.0f64, Some(0.25f32)));
}
