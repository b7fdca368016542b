// Async functions awaiting each other 150 deep.
// expect: prints 150\n
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;

fn depth(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move {
        if n == 0 { 0 } else { depth(n - 1).await + 1 }
    })
}

fn main() {
    println!("{}", block_on(depth(150)));
}
