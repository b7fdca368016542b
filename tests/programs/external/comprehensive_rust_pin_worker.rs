// Source: google/comprehensive-rust, src/concurrency/async-pitfalls/pin.md ("Pin"): the
// worker and its requester.
// Adapted: no tokio here: the channels are `futures::channel::{mpsc, oneshot}`,
// `tokio::select!`'s `Some(work) = work_queue.recv()` branch is `futures::select!` on
// `select_next_some`, and `#[tokio::main]`, `spawn` and `sleep` are the playground prelude's
// (the futures crate has no timer); the requester asks 3 times instead of 100.
use async_playground::prelude::{block_on, sleep, spawn};
use futures::channel::{mpsc, oneshot};
use futures::{SinkExt, StreamExt};

// A work item. In this case, just sleep for the given time and respond
// with a message on the `respond_on` channel.
#[derive(Debug)]
struct Work {
    input: u32,
    respond_on: oneshot::Sender<u32>,
}

// A worker which listens for work on a queue and performs it.
async fn worker(mut work_queue: mpsc::Receiver<Work>) {
    let mut iterations = 0;
    loop {
        futures::select! {
            work = work_queue.select_next_some() => {
                sleep(10).await; // Pretend to work.
                work.respond_on
                    .send(work.input * 1000)
                    .expect("failed to send response");
                iterations += 1;
            }
            // TODO: report number of iterations every 100ms
            complete => break,
        }
    }
    println!("worker done after {iterations} iterations");
}

// A requester which requests work and waits for it to complete.
async fn do_work(work_queue: &mut mpsc::Sender<Work>, input: u32) -> u32 {
    let (tx, rx) = oneshot::channel();
    work_queue
        .send(Work { input, respond_on: tx })
        .await
        .expect("failed to send on work queue");
    rx.await.expect("failed waiting for response")
}

fn main() {
    block_on(async {
        let (mut tx, rx) = mpsc::channel(10);
        let worker = spawn("worker", worker(rx));
        for i in 0..3 {
            let resp = do_work(&mut tx, i).await;
            println!("work result for iteration {i}: {resp}");
        }
        drop(tx);
        worker.await;
    });
}
