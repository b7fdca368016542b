// A `map` closure returning an `async` block, awaited once as if `then`: rustc rejects it.
// expect: E0308 at line 7
use futures::executor::block_on;
use futures::future::{ready, FutureExt};

async fn run() {
    let n: u32 = ready(2u32).map(|n| async move { n * 2 }).await;
    println!("{n}");
}

fn main() {
    block_on(run());
}
