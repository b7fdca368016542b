// `Iterator::product` of i32 overflows in a debug build.
// expect: rustc
fn main() {
    let p: i64 = (1..=20).product();
    println!("{}", p);
    let q: i32 = (1..=13).product();
    println!("{}", q);
}
