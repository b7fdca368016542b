// Source: rust-lang/book, listings/ch17-async-await/listing-17-17/src/main.rs (chapter 17.3,
// "Yielding Control to the Runtime").
// Adapted: no `trpl` crate here: `trpl::select` is `futures::future::select` (which needs its
// futures pinned, hence `pin!`), `block_on` and `yield_now` are the playground prelude's, and
// `slow` blocks for a tenth of the book's times so that the suite stays quick (it prints the
// book's numbers).
use async_playground::prelude::{block_on, yield_now};
use std::pin::pin;
use std::{thread, time::Duration};

fn main() {
    block_on(async {
        let a = async {
            println!("'a' started.");
            slow("a", 30);
            yield_now().await;
            slow("a", 10);
            yield_now().await;
            slow("a", 20);
            yield_now().await;
            println!("'a' finished.");
        };

        let b = async {
            println!("'b' started.");
            slow("b", 75);
            yield_now().await;
            slow("b", 10);
            yield_now().await;
            slow("b", 15);
            yield_now().await;
            slow("b", 350);
            yield_now().await;
            println!("'b' finished.");
        };

        futures::future::select(pin!(a), pin!(b)).await;
    });
}

fn slow(name: &str, ms: u64) {
    thread::sleep(Duration::from_millis(ms / 10));
    println!("'{name}' ran for {ms}ms");
}
