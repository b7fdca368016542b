// `v.len() - 1` on an empty vector is a usize underflow: a debug build panics.
// expect: rustc
fn main() {
    let v: Vec<i32> = Vec::new();
    println!("{}", v.len());
    let last = v.len() - 1;
    println!("{}", last);
}
