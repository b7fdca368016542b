// Async recursion through `Box::pin`, 3,000 deep, run by the playground's block_on.
// expect: prints 3000\n
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;

fn depth(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move {
        if n == 0 {
            0
        } else {
            depth(n - 1).await + 1
        }
    })
}

fn main() {
    let d = block_on(depth(3_000));
    println!("{}", d);
}
