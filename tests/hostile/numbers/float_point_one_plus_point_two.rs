// 0.1 + 0.2 in f64 and in f32, shortest round-trip Display.
// expect: rustc
fn main() {
    let a = 0.1 + 0.2;
    let b = 0.1f32 + 0.2f32;
    println!("{} {:?}", a, a);
    println!("{} {:?}", b, b);
    println!("{}", a == 0.3);
    println!("{}", b == 0.3);
    let c: f32 = 1.0 / 3.0;
    let d: f64 = 1.0 / 3.0;
    println!("{} {}", c, d);
}
