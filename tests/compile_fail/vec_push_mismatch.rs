// Pushing a string onto a `Vec<u32>`: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let mut v: Vec<u32> = Vec::new();
    v.push("one");
    println!("{}", v.len());
}
