// `{:e}` and `{:E}` of floats and integers.
// expect: rustc
fn main() {
    println!("{:e} {:e} {:e} {:E}", 1234.5, 0.00012, 1.0, 1e100);
    println!("{:e} {:e} {:e}", 0.0, -2.5e-8, f64::MAX);
    println!("{:e} {:e} {:e}", 1234, 100u8, -7i64);
    println!("{:.2e} {:.0e}", 1234.5678, 9.5);
    println!("{:e}", 1.5f32);
}
