// A bounded channel makes a fast sender wait: `send` is Pending while the buffer (its size plus
// one slot per sender) is full, the receiver's `next` wakes it, and the stream ends with `None`
// once the sender is gone: here the producer task owns the only sender.
use async_playground::prelude::{println, *};
use futures::channel::mpsc;
use futures::{SinkExt, StreamExt};

async fn produce(mut tx: mpsc::Sender<u32>) {
    for i in 1..=4 {
        println!("sending {i}");
        tx.send(i).await.unwrap();
        println!("sent {i}");
    }
    println!("producer done");
}

/// Spawns the producer; the sender lives only in its task.
fn start(buffer: usize) -> mpsc::Receiver<u32> {
    let (tx, rx) = mpsc::channel(buffer);
    let _producer = spawn("producer", produce(tx));
    rx
}

fn main() {
    block_on(async {
        let mut rx = start(1);
        while let Some(x) = rx.next().await {
            println!("received {x}");
        }
        println!("channel closed");
    });
}
