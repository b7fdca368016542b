// Source: rust-lang/book, listings/ch17-async-await/listing-17-20/src/main.rs (chapter 17.3:
// a generic `timeout` built from `select` and `Either`).
// Adapted: no `trpl` crate here: `trpl::select` is `futures::future::select` (which needs its
// futures pinned, hence `pin!`, and gives the unfinished one back beside the output), and
// `block_on` and `sleep` are the playground prelude's, whose `sleep` takes milliseconds.
use async_playground::prelude::{block_on, sleep};
use futures::future::Either;
use std::future::Future;
use std::pin::pin;
use std::time::Duration;

fn main() {
    block_on(async {
        let slow = async {
            sleep(5000).await;
            "Finally finished"
        };

        match timeout(slow, Duration::from_secs(2)).await {
            Ok(message) => println!("Succeeded with '{message}'"),
            Err(duration) => {
                println!("Failed after {} seconds", duration.as_secs())
            }
        }
    });
}

async fn timeout<F: Future>(future_to_try: F, max_time: Duration) -> Result<F::Output, Duration> {
    let sleeping = sleep(max_time.as_millis() as u64);
    match futures::future::select(pin!(future_to_try), pin!(sleeping)).await {
        Either::Left((output, _)) => Ok(output),
        Either::Right(_) => Err(max_time),
    }
}
