// `?` in a `for_each` closure, which returns `()`: rustc rejects it.
// expect: E0277 at line 6
fn main() {
    let v = vec!["1", "2"];
    v.iter().for_each(|s| {
        let n: u32 = s.parse()?;
        println!("{n}");
    });
}
