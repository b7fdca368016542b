// `unwrap` on a plain integer, which is no `Option`: rustc rejects it.
// expect: E0599 at line 5
fn main() {
    let n: u32 = 5;
    println!("{}", n.unwrap());
}
