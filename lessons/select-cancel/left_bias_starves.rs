// `future::select` always polls its left future first and returns as soon as that one is ready.
// A left side that is ready every time starves the right one: `slow` is never even polled until
// the loop stops racing it.
use async_playground::prelude::{println, *};
use futures::future::{self, Either};

async fn slow_job() -> &'static str {
    println!("slow: polled for the first time");
    yield_now().await;
    "slow is done"
}

fn main() {
    block_on(async {
        let mut slow = Box::pin(slow_job());
        for round in 1..=4 {
            match future::select(future::ready(round), slow).await {
                Either::Left((tick, rest)) => {
                    println!("round {round}: the left side won with {tick}");
                    slow = rest;
                }
                Either::Right((done, _)) => {
                    println!("{done}");
                    return;
                }
            }
        }
        println!("after the loop: {}", slow.await);
    });
}
