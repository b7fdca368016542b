// A function's tail of the wrong type: rustc rejects it.
// expect: E0308 at line 4
fn answer() -> u32 {
    "forty-two"
}

fn main() {
    println!("{}", answer());
}
