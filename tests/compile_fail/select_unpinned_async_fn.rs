// `future::select` of an `async fn`'s future that is not pinned: rustc rejects it.
// expect: E0277 at line 12
use futures::executor::block_on;
use futures::future::{self, Either};

async fn slow() -> u32 {
    1
}

fn main() {
    let other = future::ready(2);
    match block_on(future::select(slow(), other)) {
        Either::Left((n, _)) => println!("{n}"),
        Either::Right((n, _)) => println!("{n}"),
    }
}
