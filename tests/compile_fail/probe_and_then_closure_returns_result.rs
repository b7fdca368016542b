// An `and_then` closure returning a `Result`, not a future of one: rustc rejects it.
// expect: E0277 at line 7
use futures::executor::block_on;
use futures::future::{ready, TryFutureExt};

fn main() {
    let r = block_on(ready(Ok::<u32, String>(2)).and_then(|n| Ok(n + 1)));
    println!("{r:?}");
}
