// round, floor, ceil then casts, at the edges of i32.
// expect: rustc
fn main() {
    let v = 2147483647.5f64;
    println!("{} {}", v.round() as i32, v.floor() as i32);
    println!("{}", (-2147483648.9f64).ceil() as i32);
    println!("{}", (2.5f64).round() as u8);
    println!("{}", (-0.5f64).round());
    println!("{}", (300.7f32) as u8);
}
