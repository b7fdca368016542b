// `if` and `else` of different types: rustc rejects it.
// expect: E0308 at line 5
fn main() {
    let fast = true;
    let speed = if fast { 100 } else { "slow" };
    println!("{speed}");
}
