// `Pin::new` where `Box::pin` or `pin!` was meant, on an `async` block's future: rustc rejects
// it, as an `async` block is not `Unpin`.
// expect: E0277 at line 10
use futures::executor::block_on;
use std::pin::Pin;

fn main() {
    block_on(async {
        let mut fut = async { 7 };
        let pinned = Pin::new(&mut fut);
        println!("{}", pinned.await);
    });
}
