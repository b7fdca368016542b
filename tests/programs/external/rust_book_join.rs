// Source: rust-lang/book, listings/ch17-async-await/listing-17-08/src/main.rs (chapter 17.2:
// two futures joined with `trpl::join`).
// Adapted: no `trpl` crate here: `trpl::join` is `futures::future::join`, and `block_on` and
// `sleep` are the playground prelude's (the futures crate has no timer).
use async_playground::prelude::{block_on, sleep};

fn main() {
    block_on(async {
        let fut1 = async {
            for i in 1..10 {
                println!("hi number {i} from the first task!");
                sleep(500).await;
            }
        };

        let fut2 = async {
            for i in 1..5 {
                println!("hi number {i} from the second task!");
                sleep(500).await;
            }
        };

        futures::future::join(fut1, fut2).await;
    });
}
