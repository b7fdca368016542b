// Source: rust-lang/async-book, examples/hello-world-spawn/src/main.rs (the book's first
// chapter: two spawned tasks that `main` does not wait for, only sleeps past).
// Adapted: no tokio here: `#[tokio::main]`, `tokio::spawn` and `sleep` are the playground
// prelude's `block_on`, `spawn` (which names its task) and `sleep` on its virtual clock, in
// milliseconds.
use async_playground::prelude::{block_on, sleep, spawn};

async fn say_hello() {
    // Wait for a while before printing to make it a more interesting race.
    sleep(100).await;
    println!("hello");
}

async fn say_world() {
    sleep(100).await;
    println!("world!");
}

fn main() {
    block_on(async {
        spawn("say_hello", say_hello());
        spawn("say_world", say_world());
        // Wait for a while to give the tasks time to run.
        sleep(1000).await;
    });
}
