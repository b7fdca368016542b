// A `move` closure created in a loop takes the same value each time: rustc rejects it.
// expect: E0382 at line 6
fn main() {
    let words = vec![String::from("a")];
    for _ in 0..2 {
        let count = move || {
            println!("{}", words.len());
        };
        count();
    }
}
