// Source: google/comprehensive-rust, src/concurrency/async-control-flow/select.md ("Select").
// Adapted: no tokio here: the channel is `futures::channel::mpsc`, `tokio::select!` is
// `futures::select!` (the `Some(msg)` pattern becomes a match in the branch, and both futures
// are fused), and since the futures crate has no timer, `#[tokio::main]`, `tokio::spawn` and
// `sleep` are the playground prelude's `block_on`, `spawn` and `sleep` on its virtual clock.
use async_playground::prelude::{block_on, sleep, spawn};
use futures::channel::mpsc;
use futures::{FutureExt, SinkExt, StreamExt};

fn main() {
    block_on(async {
        let (mut tx, mut rx) = mpsc::channel(32);
        let listener = spawn("listener", async move {
            futures::select! {
                msg = rx.next() => match msg {
                    Some(msg) => println!("got: {msg}"),
                    None => println!("the channel closed"),
                },
                _ = sleep(50).fuse() => println!("timeout"),
            };
        });
        sleep(10).await;
        tx.send(String::from("Hello!"))
            .await
            .expect("Failed to send greeting");

        listener.await;
    });
}
