// futures' sinks beyond `send`: a channel's sender driven by hand through `Sink`'s own methods
// (`poll_ready` says whether there is room, `start_send` queues, `poll_flush` and `poll_close`),
// the `SinkExt` adapters `with` (each item through a closure's future) and `with_flat_map` (each
// item into a stream of items), which take the sender, so dropping the adapter ends the
// receiver's stream, and `sink::drain()`, which takes every item.
use async_playground::prelude::{println, *};
use futures::channel::mpsc;
use futures::future::{self, poll_fn};
use futures::sink::{self, Sink, SinkExt};
use futures::stream::{self, StreamExt};
use std::pin::Pin;
use std::task::Poll;

fn main() {
    block_on(async {
        let (mut tx, mut rx) = mpsc::channel::<u32>(0);
        poll_fn(|cx| {
            let ready = Pin::new(&mut tx).poll_ready(cx);
            println!("ready before a send: {:?}", ready.is_ready());
            println!("start_send(7): {:?}", Pin::new(&mut tx).start_send(7).is_ok());
            let ready = Pin::new(&mut tx).poll_ready(cx);
            println!("ready with 7 in the buffer: {:?}", ready.is_ready());
            let refused = Pin::new(&mut tx).start_send(8).unwrap_err();
            println!("start_send(8) refused, full: {}", refused.is_full());
            Poll::Ready(())
        })
        .await;
        println!("received {:?}", rx.next().await);
        poll_fn(|cx| {
            println!("flushed: {:?}", Pin::new(&mut tx).poll_flush(cx).is_ready());
            println!("closed: {:?}", Pin::new(&mut tx).poll_close(cx).is_ready());
            Poll::Ready(())
        })
        .await;
        println!("after close: {:?}", rx.next().await);

        let (tx, rx) = mpsc::channel::<String>(1);
        let mut doubled = tx.with(|n: u32| {
            println!("with: preparing {n}");
            future::ready(Ok::<String, mpsc::SendError>(format!("{}", n * 2)))
        });
        let receiver = spawn("receiver", rx.collect::<Vec<String>>());
        for n in 1..=3 {
            doubled.send(n).await.unwrap();
            println!("sent {n}");
        }
        drop(doubled);
        println!("the receiver got {:?}", receiver.await);

        let (tx, rx) = mpsc::unbounded::<char>();
        let mut spelled = tx.with_flat_map(|word: &str| {
            stream::iter(word.chars().map(Ok).collect::<Vec<_>>())
        });
        spelled.send("hi").await.unwrap();
        spelled.send("yo").await.unwrap();
        drop(spelled);
        println!("spelled {:?}", rx.collect::<String>().await);

        let mut drained = sink::drain();
        drained.send(1).await.unwrap();
        drained.send(2).await.unwrap();
        println!("the drain took two items");
    });
}
