// A value parsed as `i64` by turbofish, kept as a `u32`: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let n = "5".parse::<i64>().unwrap();
    let m: u32 = n;
    println!("{m}");
}
