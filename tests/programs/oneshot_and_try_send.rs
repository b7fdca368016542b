// `oneshot`: the receiver is a future of `Result<T, Canceled>`, woken by `send`, and canceled
// when the sender is dropped unused. `try_send` on a full bounded channel fails at once
// instead of waiting, and `close_channel` ends the receiver's stream.
use async_playground::prelude::{println, *};
use futures::channel::{mpsc, oneshot};
use futures::StreamExt;

fn main() {
    block_on(async {
        let (tx, rx) = oneshot::channel::<String>();
        let answer = spawn("answer", async move {
            yield_now().await;
            println!("answering");
            tx.send(String::from("forty-two")).unwrap();
        });
        println!("got {:?}", rx.await);
        answer.await;

        let (tx, rx) = oneshot::channel::<u8>();
        drop(tx);
        println!("dropped sender: {:?}", rx.await);

        let (mut tx, mut rx) = mpsc::channel::<u8>(0);
        println!("first try_send: {:?}", tx.try_send(1));
        let full = tx.try_send(2);
        println!("second try_send is full: {}", full.unwrap_err().is_full());
        tx.close_channel();
        println!("next: {:?}", rx.next().await);
        println!("next after close: {:?}", rx.next().await);

        let (tx, mut rx) = mpsc::unbounded::<&str>();
        tx.unbounded_send("a").unwrap();
        tx.unbounded_send("b").unwrap();
        drop(tx);
        while let Some(item) = rx.next().await {
            println!("unbounded gave {item}");
        }
    });
}
