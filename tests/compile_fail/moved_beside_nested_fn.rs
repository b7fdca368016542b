// A use after move in a function that holds a nested `fn`: rustc rejects it.
// expect: E0382 at line 9
fn main() {
    fn shout(text: String) -> String {
        text.to_uppercase()
    }
    let text = String::from("hi");
    let loud = shout(text);
    println!("{loud} {text}");
}
