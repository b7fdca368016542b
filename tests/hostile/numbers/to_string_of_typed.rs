// to_string and len of typed extremes.
// expect: rustc
fn main() {
    println!("{}", u64::MAX.to_string().len());
    println!("{}", i128::MIN.to_string());
    println!("{}", (-0.0f64).to_string());
    println!("{}", 1e21f64.to_string());
    println!("{}", 255u8.to_string() + "!");
}
