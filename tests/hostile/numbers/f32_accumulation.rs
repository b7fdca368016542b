// Summing 0.1 a thousand times in f32 and in f64 drifts differently.
// expect: rustc
fn main() {
    let mut a = 0.0f32;
    let mut b = 0.0f64;
    for _ in 0..1000 {
        a += 0.1;
        b += 0.1;
    }
    println!("{} {}", a, b);
    println!("{:?} {:?}", a, b);
    println!("{}", a as f64 == b);
}
