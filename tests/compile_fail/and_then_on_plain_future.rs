// `and_then` on a future whose output is not a `Result`: rustc rejects it.
// expect: E0599 at line 16
use futures::executor::block_on;
use futures::future::TryFutureExt;

async fn get_number() -> u32 {
    1
}

async fn show(n: u32) -> Result<(), ()> {
    println!("{n}");
    Ok(())
}

fn main() {
    let chained = get_number().and_then(|n| show(n));
    let _ = block_on(chained);
}
