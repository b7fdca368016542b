// A tuple with an element of the wrong type: rustc rejects it.
// expect: E0308 at line 4
fn main() {
    let pair: (u32, bool) = (1, 2);
    println!("{pair:?}");
}
