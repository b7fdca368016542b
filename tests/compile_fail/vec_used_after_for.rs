// A vector used after a `for` loop consumed it: rustc rejects it.
// expect: E0382 at line 8
fn main() {
    let v = vec![1, 2, 3];
    for x in v {
        println!("{x}");
    }
    println!("{}", v.len());
}
