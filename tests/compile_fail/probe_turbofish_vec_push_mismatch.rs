// A `Vec::<u32>` given a string: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let mut ids = Vec::<u32>::new();
    ids.push("7");
    println!("{ids:?}");
}
