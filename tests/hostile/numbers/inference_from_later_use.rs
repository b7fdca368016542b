// A literal takes its type from a later use, here u8, and overflows there.
// expect: rustc
fn take(x: u8) -> u8 {
    x
}

fn main() {
    let mut n = 250;
    for _ in 0..3 {
        n = take(n).wrapping_add(3);
        println!("{}", n);
    }
    let v: Vec<u8> = vec![n; 2];
    let total = v[0] + v[1] + 200;
    println!("{}", total);
}
