// `.await` twice after `map`, on the number the first gave: rustc rejects it.
// expect: E0277 at line 8
use futures::executor::block_on;
use futures::future::{ready, FutureExt};

fn main() {
    block_on(async {
        let n = ready(2).map(|n| n * 2).await.await;
        println!("{n}");
    });
}
