// A `map_ok` closure giving a `String` where a `Result<u32, _>` is wanted: rustc rejects it.
// expect: E0308 at line 7
use futures::executor::block_on;
use futures::future::{ready, TryFutureExt};

fn main() {
    let r: Result<u32, String> = block_on(ready(Ok::<u32, String>(2)).map_ok(|n| n.to_string()));
    println!("{r:?}");
}
