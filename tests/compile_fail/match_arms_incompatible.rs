// `match` arms of different types: rustc rejects it.
// expect: E0308 at line 7
fn main() {
    let n = 2;
    let name = match n {
        1 => "one",
        _ => 0,
    };
    println!("{name}");
}
