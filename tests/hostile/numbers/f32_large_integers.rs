// f32 holds integers exactly only up to 2^24.
// expect: rustc
fn main() {
    let big: f32 = 16_777_216.0;
    println!("{} {}", big + 1.0, big + 2.0);
    let x = 16_777_217u32 as f32;
    println!("{} {}", x, x as u32);
    println!("{}", f32::EPSILON);
    println!("{} {}", f32::MAX, f32::MIN);
}
