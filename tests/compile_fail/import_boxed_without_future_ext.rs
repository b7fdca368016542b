// `.boxed()` on a future without `FutureExt` in scope: rustc rejects it.
// expect: E0599 at line 10
use futures::executor::block_on;

async fn hello() -> u32 {
    1
}

fn main() {
    let boxed = hello().boxed();
    println!("{}", block_on(boxed));
}
