// Source: rust-lang/book, listings/ch17-async-await/listing-17-15/src/main.rs (chapter 17:
// blocking work (`thread::sleep`) in futures raced with `select`: nothing interleaves).
// Adapted: no `trpl` crate here: `trpl::block_on` and `sleep` are the playground prelude's
// `block_on` and `sleep` on its virtual clock, in milliseconds; `trpl::select` is futures'
// `future::select` over the futures pinned with `pin!`.
use async_playground::prelude::{block_on, sleep};
use futures::future;
use std::pin::pin;
use std::{thread, time::Duration};

fn main() {
    block_on(async {
        let a = async {
            println!("'a' started.");
            slow("a", 30);
            slow("a", 10);
            slow("a", 20);
            sleep(50).await;
            println!("'a' finished.");
        };

        let b = async {
            println!("'b' started.");
            slow("b", 75);
            slow("b", 10);
            slow("b", 15);
            slow("b", 350);
            sleep(50).await;
            println!("'b' finished.");
        };

        future::select(pin!(a), pin!(b)).await;
    });
}

fn slow(name: &str, ms: u64) {
    thread::sleep(Duration::from_millis(ms));
    println!("'{name}' ran for {ms}ms");
}
