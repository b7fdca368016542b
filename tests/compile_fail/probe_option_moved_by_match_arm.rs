// An `Option<String>` used after a `match` arm moved its payload out: rustc rejects it.
// expect: E0382 at line 9
fn main() {
    let name: Option<String> = Some(String::from("ana"));
    match name {
        Some(n) => println!("{n}"),
        None => println!("none"),
    }
    println!("{name:?}");
}
