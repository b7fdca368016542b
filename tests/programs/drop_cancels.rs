// Dropping an unfinished future cancels it: the loser of a `select` stops where it was, and a
// spawned task whose handle is dropped keeps running because it is a task of its own.
use async_playground::prelude::{println, *};
use futures::future::{select, Either};

async fn worker(name: &str, steps: u32) -> u32 {
    for step in 1..=steps {
        println!("{name}: step {step}");
        yield_now().await;
    }
    steps
}

fn main() {
    block_on(async {
        let detached = spawn("detached", worker("detached", 2));
        drop(detached);
        let outcome = select(Box::pin(worker("fast", 1)), Box::pin(worker("slow", 3))).await;
        if let Either::Left((steps, _slow)) = outcome {
            println!("fast won after {steps} steps; slow is dropped");
        }
        yield_now().await;
        yield_now().await;
        println!("main: done");
    });
}
