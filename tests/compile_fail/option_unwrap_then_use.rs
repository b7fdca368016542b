// An `Option<String>` used after `unwrap` took it: rustc rejects it.
// expect: E0382 at line 6
fn main() {
    let maybe = Some(String::from("x"));
    let s = maybe.unwrap();
    println!("{s} {}", maybe.is_some());
}
