// Source: google/comprehensive-rust, src/concurrency/async-control-flow/channels.md
// ("Channels").
// Adapted: no tokio here: `tokio::sync::mpsc` is `futures::channel::mpsc` (`recv()` is
// `StreamExt::next`), `#[tokio::main]` is a `LocalPool` running `main`'s future, and
// `tokio::spawn` is the pool's `spawn_local_with_handle`.
use futures::channel::mpsc;
use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;
use futures::{SinkExt, StreamExt};

async fn ping_handler(mut input: mpsc::Receiver<()>) {
    let mut count: usize = 0;

    while let Some(_) = input.next().await {
        count += 1;
        println!("Received {count} pings so far.");
    }

    println!("ping_handler complete");
}

fn main() {
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();
    pool.run_until(async move {
        let (mut sender, receiver) = mpsc::channel(32);
        let ping_handler_task = spawner
            .spawn_local_with_handle(ping_handler(receiver))
            .expect("Failed to spawn the ping handler.");
        for i in 0..10 {
            sender.send(()).await.expect("Failed to send ping.");
            println!("Sent {} pings so far.", i + 1);
        }

        drop(sender);
        ping_handler_task.await;
    });
}
