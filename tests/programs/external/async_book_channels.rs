// Source: rust-lang/async-book, examples/05_01_streams/src/lib.rs, `mod channels` (chapter 5.1,
// "The Stream Trait").
// Adapted: `send_recv` prints each received item beside its `assert_eq!`; the `#[test]`'s
// `block_on` is the `main`.
use futures::{channel::mpsc, prelude::*};

async fn send_recv() {
    const BUFFER_SIZE: usize = 10;
    let (mut tx, mut rx) = mpsc::channel::<i32>(BUFFER_SIZE);

    tx.send(1).await.unwrap();
    tx.send(2).await.unwrap();
    drop(tx);

    // `StreamExt::next` is similar to `Iterator::next`, but returns a
    // type that implements `Future<Output = Option<T>>`.
    let first = rx.next().await;
    println!("{:?}", first);
    assert_eq!(Some(1), first);
    let second = rx.next().await;
    println!("{:?}", second);
    assert_eq!(Some(2), second);
    let end = rx.next().await;
    println!("{:?}", end);
    assert_eq!(None, end);
}

fn main() {
    futures::executor::block_on(send_recv())
}
