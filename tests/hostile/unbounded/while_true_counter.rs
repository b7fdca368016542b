// A counter in `while true` that wraps forever.
// expect: limit steps
fn main() {
    let mut n: u32 = 0;
    while true {
        n = n.wrapping_add(1);
    }
    println!("{}", n);
}
