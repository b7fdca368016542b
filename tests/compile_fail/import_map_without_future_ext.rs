// `.map(..)` on a future without `FutureExt` in scope: rustc rejects it.
// expect: E0599 at line 10
use futures::executor::block_on;

async fn number() -> u32 {
    20
}

fn main() {
    let doubled = number().map(|n| n * 2);
    println!("{}", block_on(doubled));
}
