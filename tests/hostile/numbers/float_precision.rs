// `{:.N}` rounds exactly as std: ties, negative zero, large precision.
// expect: rustc
fn main() {
    println!("{:.3} {:.0} {:.0} {:.0} {:.1} {:.1}", 3.14159, 0.5, 1.5, 2.5, 0.25, 0.35);
    println!("{:.2} {:.2} {:.3}", -0.001, 1e10, f64::NAN);
    println!("{:.20}", 0.1);
    println!("{:.30}", 1e-10);
    println!("{:.5}", 0.1f32);
    println!("{:.0}", 1e21);
    println!("{:8.2}|{:<8.2}|{:^8.2}|{:+.2}|{:08.2}", 3.14159, 2.5, -1.25, 1.0, -3.5);
}
