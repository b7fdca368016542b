// A vector moved inside a `while let` loop: rustc rejects it.
// expect: E0382 at line 7
fn main() {
    let items = vec![1, 2, 3];
    let mut queue = vec![10, 20];
    while let Some(head) = queue.pop() {
        let taken = items;
        println!("{head} {taken:?}");
    }
}
