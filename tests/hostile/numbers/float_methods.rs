// floor, ceil, round, trunc, sqrt, powi, powf, abs, min/max with NaN, mul_add, rem.
// expect: rustc
fn main() {
    let x = -2.5f64;
    println!("{} {} {} {}", x.floor(), x.ceil(), x.round(), x.trunc());
    println!("{} {} {}", 2.0f64.sqrt(), (-1.0f64).sqrt(), 2.0f64.powi(10));
    println!("{} {}", 2.0f64.powf(0.5), x.abs());
    println!("{} {}", f64::NAN.max(1.0), 1.0f64.min(f64::NAN));
    println!("{} {}", 7.5f64 % 2.0, -7.5f64 % 2.0);
    println!("{} {}", (0.1f32).sqrt(), (2.0f32).powi(-2));
    println!("{} {}", 1e308 * 10.0, -1e308 * 10.0);
}
