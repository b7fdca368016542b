// A struct variant given a number for its `String` field: rustc rejects it.
// expect: E0308 at line 9
enum Msg {
    Write { text: String },
    Quit,
}

fn main() {
    let m = Msg::Write { text: 5 };
    if let Msg::Write { text } = m {
        println!("{text}");
    }
    let _ = Msg::Quit;
}
