// `futures::prelude::*` brings the module `future`, not `future::ready` itself: rustc rejects it.
// expect: E0425 at line 6
use futures::prelude::*;

async fn answer() -> u32 {
    ready(42).await
}

fn main() {
    let _ = future::ready(0);
    println!("{}", futures::executor::block_on(answer()));
}
