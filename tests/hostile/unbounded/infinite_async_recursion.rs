// Async recursion through `Box::pin` with no base case.
// expect: limit call depth
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;

fn forever(n: u64) -> Pin<Box<dyn Future<Output = u64>>> {
    Box::pin(async move { forever(n + 1).await })
}

fn main() {
    println!("{}", block_on(forever(0)));
}
