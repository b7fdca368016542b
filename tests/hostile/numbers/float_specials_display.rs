// NaN, infinities and negative zero, Display and Debug, f32 and f64.
// expect: rustc
fn div(a: f64, b: f64) -> f64 {
    a / b
}

fn main() {
    let nan = div(0.0, 0.0);
    println!("{} {:?} {} {:?}", nan, nan, -nan, f32::NAN);
    println!("{} {:?} {} {:?}", div(1.0, 0.0), div(-1.0, 0.0), f32::INFINITY, f32::NEG_INFINITY);
    println!("{} {:?} {} {:?}", -0.0f64, -0.0f64, 0.0f32, -0.0f32);
    println!("{}", nan == nan);
    println!("{:?} {:?}", nan.partial_cmp(&1.0), 1.0f64.partial_cmp(&2.0));
}
