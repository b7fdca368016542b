// A format string capturing a name nothing declares: rustc rejects it.
// expect: E0425 at line 5
fn main() {
    let name = "ferris";
    println!("hello {nam}");
    let _ = name;
}
