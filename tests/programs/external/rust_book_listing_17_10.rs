// Source: rust-lang/book, listings/ch17-async-await/listing-17-10/src/main.rs (chapter 17:
// sending many messages with a sleep between them; the receiving loop never ends, since
// `tx` lives on).
// Adapted: no `trpl` crate here: `trpl::block_on` and `sleep` are the playground prelude's
// `block_on` and `sleep` on its virtual clock, in milliseconds; `trpl::channel` is futures'
// `mpsc::unbounded` (`send` is `unbounded_send`, `recv` is `StreamExt::next`).
use async_playground::prelude::{block_on, sleep};
use futures::channel::mpsc;
use futures::StreamExt;

fn main() {
    block_on(async {
        let (tx, mut rx) = mpsc::unbounded();

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

        while let Some(value) = rx.next().await {
            println!("received '{value}'");
        }
    });
}
