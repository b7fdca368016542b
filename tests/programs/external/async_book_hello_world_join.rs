// Source: rust-lang/async-book, examples/hello-world-join/src/main.rs (the book's first
// chapter: two spawned tasks, each awaited through its handle).
// Adapted: no tokio here: `#[tokio::main]`, `tokio::spawn` and `sleep` are the playground
// prelude's `block_on`, `spawn` (which names its task) and `sleep` on its virtual clock, in
// milliseconds; its join handle gives the task's output itself, not a `Result`.
use async_playground::prelude::{block_on, sleep, spawn};

async fn say_hello() {
    // Wait for a while before printing to make it a more interesting race.
    sleep(100).await;
    println!("hello");
}

async fn say_world() {
    sleep(100).await;
    println!("world");
}

fn main() {
    block_on(async {
        let handle1 = spawn("say_hello", say_hello());
        let handle2 = spawn("say_world", say_world());

        let _ = handle1.await;
        let _ = handle2.await;

        println!("!");
    });
}
