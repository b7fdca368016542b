// A stream fed into a sink by futures' own code: `send_all` lends the sender and leaves it
// usable (the channel ends only when it drops), `forward` takes it and closes the channel at
// the stream's end, `fanout` copies each item to two sinks, and a bounded channel's
// backpressure makes the sending side wait for the receiving task. `left_stream` and
// `right_stream` give one type to two different streams.
use async_playground::prelude::{println, *};
use futures::channel::mpsc;
use futures::sink::SinkExt;
use futures::stream::{self, StreamExt};

async fn drain_all(name: &'static str, mut rx: mpsc::Receiver<u32>) {
    while let Some(n) = rx.next().await {
        println!("{name} got {n}");
        yield_now().await;
    }
    println!("{name}: channel closed");
}

fn main() {
    block_on(async {
        let (mut tx, rx) = mpsc::channel::<u32>(1);
        let reader = spawn("reader", drain_all("reader", rx));
        let mut batch = stream::iter(vec![1, 2, 3]).map(Ok);
        tx.send_all(&mut batch).await.unwrap();
        println!("send_all done; the sender is still here");
        tx.send(4).await.unwrap();
        drop(tx);
        reader.await;

        let (tx, rx) = mpsc::channel::<u32>(0);
        let reader = spawn("forwarded", drain_all("forwarded", rx));
        let outcome = stream::iter(10..13).map(Ok).forward(tx).await;
        println!("forward: {:?}", outcome.is_ok());
        reader.await;

        let (left, left_rx) = mpsc::channel::<u32>(4);
        let (right, right_rx) = mpsc::channel::<u32>(4);
        let mut both = left.fanout(right);
        both.send(7).await.unwrap();
        drop(both);
        let copies: Vec<u32> = stream::select(left_rx, right_rx).collect().await;
        println!("fanout: {copies:?}");

        for short in [true, false] {
            let numbers = if short {
                stream::iter(vec![1]).left_stream()
            } else {
                stream::iter(vec![2, 3]).map(|n| n * 10).right_stream()
            };
            println!("either side: {:?}", numbers.collect::<Vec<u32>>().await);
        }
    });
}
