// `+=` on a u16 in a loop panics at the first overflow.
// expect: rustc
fn main() {
    let mut x: u16 = 65_000;
    for step in 0..10 {
        x += 200;
        println!("{} {}", step, x);
    }
}
