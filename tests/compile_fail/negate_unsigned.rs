// `-` on a `u32`: rustc rejects it.
// expect: E0600 at line 5
fn main() {
    let x: u32 = 5;
    println!("{}", -x);
}
