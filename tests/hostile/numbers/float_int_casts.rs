// int to float casts round to nearest; f64 to f32 rounds and overflows to inf.
// expect: rustc
fn main() {
    println!("{} {}", u64::MAX as f64, u64::MAX as f32);
    println!("{} {}", i128::MIN as f64, u128::MAX as f32);
    println!("{} {}", 16777217i32 as f32, 9007199254740993i64 as f64);
    println!("{} {}", 1e300f64 as f32, 0.1f64 as f32);
    println!("{} {}", 0.1f32 as f64, f32::MAX as f64);
    println!("{}", (-1i8) as f32);
}
