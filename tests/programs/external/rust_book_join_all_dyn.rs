// Source: rust-lang/book, listings/ch17-async-await/listing-17-24/src/main.rs (chapter 17.3:
// a `Vec` of pinned `dyn Future` trait objects joined with `join_all`).
// Adapted: no `trpl` crate here: `trpl::channel` is `futures::channel::mpsc::unbounded`
// (`send` is `unbounded_send`, `recv` is `StreamExt::next`), `trpl::join_all` is
// `futures::future::join_all`, and `block_on` and `sleep` are the playground prelude's.
use async_playground::prelude::{block_on, sleep};
use futures::StreamExt;
use std::future::Future;
use std::pin::{pin, Pin};

fn main() {
    block_on(async {
        let (tx, mut rx) = futures::channel::mpsc::unbounded();

        let tx1 = tx.clone();
        let tx1_fut = pin!(async move {
            let vals = vec![
                String::from("hi"),
                String::from("from"),
                String::from("the"),
                String::from("future"),
            ];

            for val in vals {
                tx1.unbounded_send(val).unwrap();
                sleep(1000).await;
            }
        });

        let rx_fut = pin!(async {
            while let Some(value) = rx.next().await {
                println!("received '{value}'");
            }
        });

        let tx_fut = pin!(async move {
            let vals = vec![
                String::from("more"),
                String::from("messages"),
                String::from("for"),
                String::from("you"),
            ];

            for val in vals {
                tx.unbounded_send(val).unwrap();
                sleep(1000).await;
            }
        });

        let futures: Vec<Pin<&mut dyn Future<Output = ()>>> = vec![tx1_fut, rx_fut, tx_fut];

        futures::future::join_all(futures).await;
    });
}
