// `future::select` of two `async` blocks that are not pinned: rustc rejects it.
// expect: E0277 at line 8
use futures::executor::block_on;
use futures::future;

fn main() {
    block_on(async {
        let winner = future::select(async { 1 }, async { 2 }).await;
        println!("{}", winner.is_left());
    });
}
