// Display never uses exponents; Debug switches to them for very large and small values.
// expect: rustc
fn main() {
    for v in [1.0, 1.5, 1e15, 1e16, 1e21, 1e-5, 1e-7, 123456789.125, f64::MAX, f64::MIN_POSITIVE, f64::EPSILON] {
        println!("{} | {:?}", v, v);
    }
    for v in [1.0f32, 1e7, 1e16, 1e-7, f32::MAX, f32::MIN_POSITIVE, 16777217.0] {
        println!("{} | {:?}", v, v);
    }
}
