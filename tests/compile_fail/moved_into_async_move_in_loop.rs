// An `async move` block created in a loop takes the same value each time: rustc rejects it.
// expect: E0382 at line 10
use futures::executor::block_on;
use futures::future::join_all;

fn main() {
    let name = String::from("shared");
    let mut futures = Vec::new();
    for _ in 0..2 {
        futures.push(async move {
            println!("{name}");
        });
    }
    block_on(join_all(futures));
}
