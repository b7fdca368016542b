// `Some` of the wrong type for an `Option<u32>`: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let maybe: Option<u32> = Some("seven");
    println!("{maybe:?}");
}
