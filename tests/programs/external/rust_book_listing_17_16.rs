// Source: rust-lang/book, listings/ch17-async-await/listing-17-16/src/main.rs (chapter 17:
// the same with an `.await` of a 1 ms sleep between each piece, so the futures interleave).
// Adapted: no `trpl` crate here: `trpl::block_on` and `sleep` are the playground prelude's
// `block_on` and `sleep` on its virtual clock, in milliseconds; `trpl::select` is futures'
// `future::select` over the futures pinned with `pin!`.
use async_playground::prelude::{block_on, sleep};
use futures::future;
use std::pin::pin;
use std::{thread, time::Duration};

fn main() {
    block_on(async {
        let one_ms = 1;

        let a = async {
            println!("'a' started.");
            slow("a", 30);
            sleep(one_ms).await;
            slow("a", 10);
            sleep(one_ms).await;
            slow("a", 20);
            sleep(one_ms).await;
            println!("'a' finished.");
        };

        let b = async {
            println!("'b' started.");
            slow("b", 75);
            sleep(one_ms).await;
            slow("b", 10);
            sleep(one_ms).await;
            slow("b", 15);
            sleep(one_ms).await;
            slow("b", 350);
            sleep(one_ms).await;
            println!("'b' finished.");
        };

        future::select(pin!(a), pin!(b)).await;
    });
}

fn slow(name: &str, ms: u64) {
    thread::sleep(Duration::from_millis(ms));
    println!("'{name}' ran for {ms}ms");
}
