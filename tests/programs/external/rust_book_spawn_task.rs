// Source: rust-lang/book, listings/ch17-async-await/listing-17-07/src/main.rs (chapter 17.2,
// "Applying Concurrency with Async": awaiting a spawned task's handle).
// Adapted: no `trpl` crate here: `trpl::block_on`, `spawn_task` and `sleep` are the playground
// prelude's `block_on`, `spawn` (which names its task) and `sleep` on its virtual clock, and
// its join handle gives the task's output itself, not a `Result`.
use async_playground::prelude::{block_on, sleep, spawn};

fn main() {
    block_on(async {
        let handle = spawn("first task", async {
            for i in 1..10 {
                println!("hi number {i} from the first task!");
                sleep(500).await;
            }
        });

        for i in 1..5 {
            println!("hi number {i} from the second task!");
            sleep(500).await;
        }

        handle.await;
    });
}
