// A `then` closure that returns a number, not a future: rustc rejects it.
// expect: E0277 at line 7
use futures::executor::block_on;
use futures::future::{ready, FutureExt};

fn main() {
    let n = block_on(ready(1).then(|n| n + 1));
    println!("{n}");
}
