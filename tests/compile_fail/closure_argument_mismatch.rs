// A closure called with an argument of the wrong type: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let add_one = |n: u32| n + 1;
    println!("{}", add_one("one"));
}
