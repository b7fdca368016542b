// min, max and clamp on typed integers and floats.
// expect: rustc
fn main() {
    println!("{} {}", 300i32.clamp(0, 255), (-5i8).clamp(-3, 3));
    println!("{} {}", 7u64.min(3), u8::MAX.max(0));
    println!("{} {}", 1.5f64.clamp(0.0, 1.0), f32::NAN.max(2.0));
    println!("{}", i64::MIN.max(-1).min(5));
}
