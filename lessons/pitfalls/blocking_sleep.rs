// Blocking inside async: `std::thread::sleep` stops the whole thread, so while `sleeper` sleeps
// the `ticker` cannot be polled at all. Replace it with the prelude's `sleep(50).await` and the
// ticker keeps ticking while the sleeper waits.
use async_playground::prelude::{println, *};
use futures::join;
use std::time::Duration;

async fn ticker() {
    for tick in 1..=3 {
        println!("ticker: tick {tick}");
        yield_now().await;
    }
}

async fn sleeper() {
    println!("sleeper: going to sleep");
    std::thread::sleep(Duration::from_millis(50));
    println!("sleeper: awake");
}

fn main() {
    block_on(async {
        let ticker = spawn("ticker", ticker());
        let sleeper = spawn("sleeper", sleeper());
        join!(ticker, sleeper);
    });
}
