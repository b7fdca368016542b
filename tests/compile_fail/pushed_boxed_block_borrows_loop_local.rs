// A boxed, pinned `async` block borrowing a loop local, pushed into a longer-lived vector: rustc rejects it.
// expect: E0597 at line 14
use futures::executor::block_on;
use futures::future::join_all;
use std::future::Future;
use std::pin::Pin;

fn main() {
    let mut futures: Vec<Pin<Box<dyn Future<Output = ()>>>> = Vec::new();
    for i in 0..3 {
        let label = i.to_string();
        futures.push(Box::pin(async {
            println!("start");
            println!("{}", label.len());
        }));
    }
    block_on(join_all(futures));
}
