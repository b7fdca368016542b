// Negative zero through arithmetic, comparison and formatting.
// expect: rustc
fn main() {
    let z = -0.0f64;
    println!("{} {:?} {}", z, z, z == 0.0);
    println!("{} {}", 0.0 * -1.0, -0.0 + 0.0);
    println!("{:?}", 1.0 / z);
    println!("{:.2} {:e}", z, z);
    println!("{}", z.signum());
}
