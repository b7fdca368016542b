// An unconstrained integer literal is an i32: it overflows at 2^31.
// expect: rustc
fn main() {
    let v = vec![2_000_000_000];
    let x = v[0];
    println!("{}", x);
    println!("{}", x - 1 + 1);
    println!("{}", x + x);
}
