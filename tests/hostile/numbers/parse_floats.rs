// `parse::<f64>()` and `parse::<f32>()`: exponents, inf, NaN, errors.
// expect: rustc
fn main() {
    println!("{:?}", "1e400".parse::<f64>());
    println!("{:?}", "-inf".parse::<f64>());
    println!("{:?}", "NaN".parse::<f32>());
    println!("{:?}", "0.1".parse::<f32>());
    println!("{:?}", "1.".parse::<f64>());
    println!("{:?}", "abc".parse::<f64>().is_err());
    println!("{:?}", "3.4028236e38".parse::<f32>());
}
