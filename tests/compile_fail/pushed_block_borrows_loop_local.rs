// Futures pushed into a vector outliving the loop, each borrowing a local of one iteration: rustc rejects it.
// expect: E0597 at line 11
use futures::executor::block_on;
use futures::future::join_all;

fn main() {
    let mut futures = Vec::new();
    for i in 0..3 {
        let name = format!("task {i}");
        futures.push(async {
            println!("{name} done");
        });
    }
    block_on(join_all(futures));
}
