// `{:e}` with width, sign and precision.
// expect: rustc
fn main() {
    println!("[{:12.3e}] [{:<12e}] [{:+e}] [{:E}]", 123456.0, 0.5, 2.0, 1e-10);
    println!("[{:e}] [{:e}]", f64::MIN_POSITIVE, 5e-324);
    println!("[{:.3e}] [{:e}]", 0.0f32, -1.0f32);
}
