// A `then` closure passing the `Option` output where its payload is expected: rustc rejects it.
// expect: E0308 at line 11
use futures::executor::block_on;
use futures::future::{ready, FutureExt};

async fn double(n: u32) -> u32 {
    n * 2
}

fn main() {
    let n = block_on(ready(Some(3u32)).then(|n| double(n)));
    println!("{n}");
}
