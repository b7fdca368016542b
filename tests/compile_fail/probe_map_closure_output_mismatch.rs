// A `map` closure turning the output into a `String` where a `u32` is kept: rustc rejects it.
// expect: E0308 at line 8
use futures::executor::block_on;
use futures::future::{ready, FutureExt};

fn main() {
    block_on(async {
        let n: u32 = ready(1u32).map(|n| n.to_string()).await;
        println!("{n}");
    });
}
