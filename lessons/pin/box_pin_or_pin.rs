// `future::select` takes futures that are `Unpin`, because it keeps them by value and polls them
// through `Pin::new`. An async fn's future is not `Unpin`, so it must be pinned first: `Box::pin`
// puts it on the heap (a `Pin<Box<_>>` moves freely, being a pointer), and `pin!` pins it in place
// on the stack (a `Pin<&mut _>`), with no allocation.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};
use std::pin::pin;

async fn job(name: &'static str, steps: u32) -> &'static str {
    for step in 1..=steps {
        println!("{name}: step {step}");
        yield_now().await;
    }
    name
}

async fn race_on_the_heap() -> &'static str {
    let tortoise = Box::pin(job("heap tortoise", 3));
    let hare = Box::pin(job("heap hare", 1));
    match future::select(tortoise, hare).await {
        Either::Left((winner, _)) => winner,
        Either::Right((winner, _)) => winner,
    }
}

async fn race_on_the_stack() -> &'static str {
    let tortoise = pin!(job("stack tortoise", 3));
    let hare = pin!(job("stack hare", 1));
    match future::select(tortoise, hare).await {
        Either::Left((winner, _)) => winner,
        Either::Right((winner, _)) => winner,
    }
}

fn main() {
    block_on(async {
        println!("{} won", race_on_the_heap().await);
        println!("{} won", race_on_the_stack().await);
    });
}
