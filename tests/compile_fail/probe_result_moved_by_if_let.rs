// A `Result<String, _>` used after `if let Ok(text)` moved its payload out: rustc rejects it.
// expect: E0382 at line 8
fn main() {
    let reply: Result<String, String> = Ok(String::from("pong"));
    if let Ok(text) = reply {
        println!("got {text}");
    }
    println!("{:?}", reply);
}
