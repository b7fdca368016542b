// `Pin<Box<dyn Future<..>>>` with `Pin` imported but not `Future`: rustc cannot find the trait.
// expect: E0405 at line 6
use futures::executor::block_on;
use std::pin::Pin;

fn later(n: u32) -> Pin<Box<dyn Future<Output = u32>>> {
    Box::pin(async move { n + 1 })
}

fn main() {
    println!("{}", block_on(later(1)));
}
