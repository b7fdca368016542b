// A loop that reads a value and then, on one iteration, moves it: rustc rejects it.
// expect: E0382 at line 10
fn consume(text: String) {
    println!("{text}");
}

fn main() {
    let text = String::from("data");
    for i in 0..2 {
        println!("{}", text.len());
        if i == 0 {
            consume(text);
        }
    }
}
