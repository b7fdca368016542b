// A `String` moved in one iteration of a `for` loop and used in the next: rustc rejects it.
// expect: E0382 at line 10
fn consume(text: String) {
    println!("{text}");
}

fn main() {
    let text = String::from("once");
    for _ in 0..2 {
        consume(text);
    }
}
