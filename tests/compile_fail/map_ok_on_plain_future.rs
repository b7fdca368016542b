// `map_ok` on a future whose output is not a `Result`: rustc rejects it.
// expect: E0599 at line 11
use futures::executor::block_on;
use futures::future::TryFutureExt;

async fn get_number() -> u32 {
    1
}

fn main() {
    let doubled = get_number().map_ok(|n| n * 2);
    let _ = block_on(doubled);
}
