// Source: rust-lang/book, listings/ch17-async-await/listing-17-12/src/main.rs (chapter 17:
// the sender moved into its `async move` block, so the channel closes when it ends).
// Adapted: no `trpl` crate here: `trpl::block_on` and `sleep` are the playground prelude's
// `block_on` and `sleep` on its virtual clock, in milliseconds; `trpl::channel` is futures'
// `mpsc::unbounded` (`send` is `unbounded_send`, `recv` is `StreamExt::next`); `trpl::join`
// and `join!` are futures'.
use async_playground::prelude::{block_on, sleep};
use futures::channel::mpsc;
use futures::StreamExt;
use futures::future;

fn main() {
    block_on(async {
        let (tx, mut rx) = mpsc::unbounded();

        let tx_fut = async move {
            // --snip--
            let vals = vec![
                String::from("hi"),
                String::from("from"),
                String::from("the"),
                String::from("future"),
            ];

            for val in vals {
                tx.unbounded_send(val).unwrap();
                sleep(500).await;
            }
        };

        let rx_fut = async {
            while let Some(value) = rx.next().await {
                println!("received '{value}'");
            }
        };

        future::join(tx_fut, rx_fut).await;
    });
}
