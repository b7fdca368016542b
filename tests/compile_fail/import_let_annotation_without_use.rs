// A `let` annotated with `HashMap<..>` where only the constructor's path is written out:
// rustc cannot find the type.
// expect: E0425 at line 5
fn main() {
    let mut counts: HashMap<&str, u32> = std::collections::HashMap::new();
    counts.insert("ticks", 3);
    println!("{counts:?}");
}
