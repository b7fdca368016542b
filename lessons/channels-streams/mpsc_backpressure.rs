// A bounded channel pushes back: with room for one message (its buffer plus one slot per
// sender), the producer's `send` is Pending while the channel is full, and the consumer's
// `next` wakes it by taking a message. `while let Some(..)` ends once the sender is dropped.
use async_playground::prelude::{println, *};
use futures::channel::mpsc;
use futures::{SinkExt, StreamExt};

async fn produce(mut tx: mpsc::Sender<u32>) {
    for order in 1..=3 {
        println!("producer: sending order {order}");
        tx.send(order).await.unwrap();
        println!("producer: order {order} sent");
    }
    println!("producer: done, dropping the sender");
}

/// Starts the producer, which owns the only sender, and returns the receiving end. The
/// producer's handle is dropped, which detaches its task: it still runs to the end.
fn start_producer() -> mpsc::Receiver<u32> {
    let (tx, rx) = mpsc::channel(0);
    let _producer = spawn("producer", produce(tx));
    rx
}

fn main() {
    block_on(async {
        let mut rx = start_producer();
        while let Some(order) = rx.next().await {
            println!("consumer: took order {order}");
        }
        println!("consumer: the channel is closed");
    });
}
