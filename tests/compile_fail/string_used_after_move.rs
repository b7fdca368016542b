// A `String` printed after it was moved: rustc rejects it.
// expect: E0382 at line 6
fn main() {
    let s = String::from("hi");
    let t = s;
    println!("{s} {t}");
}
