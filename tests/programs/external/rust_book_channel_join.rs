// Source: rust-lang/book, listings/ch17-async-await/listing-17-13/src/main.rs (chapter 17.2:
// two senders and a receiver joined with `trpl::join!`).
// Adapted: no `trpl` crate here: `trpl::channel` is `futures::channel::mpsc::unbounded`
// (`send` is `unbounded_send`, `recv` is `StreamExt::next`), `trpl::join!` is
// `futures::join!`, and `block_on` and `sleep` are the playground prelude's.
use async_playground::prelude::{block_on, sleep};
use futures::StreamExt;

fn main() {
    block_on(async {
        let (tx, mut rx) = futures::channel::mpsc::unbounded();

        let tx1 = tx.clone();
        let tx1_fut = async move {
            let vals = vec![
                String::from("hi"),
                String::from("from"),
                String::from("the"),
                String::from("future"),
            ];

            for val in vals {
                tx1.unbounded_send(val).unwrap();
                sleep(500).await;
            }
        };

        let rx_fut = async {
            while let Some(value) = rx.next().await {
                println!("received '{value}'");
            }
        };

        let tx_fut = async move {
            let vals = vec![
                String::from("more"),
                String::from("messages"),
                String::from("for"),
                String::from("you"),
            ];

            for val in vals {
                tx.unbounded_send(val).unwrap();
                sleep(1500).await;
            }
        };

        futures::join!(tx1_fut, tx_fut, rx_fut);
    });
}
