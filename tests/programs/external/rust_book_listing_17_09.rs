// Source: rust-lang/book, listings/ch17-async-await/listing-17-09/src/main.rs (chapter 17:
// sending and receiving one message over an async channel).
// Adapted: no `trpl` crate here: `trpl::block_on` is the playground prelude's `block_on`, and
// `trpl::channel` is futures' `mpsc::unbounded` (`send` is `unbounded_send`, `recv` is
// `StreamExt::next`).
use async_playground::prelude::block_on;
use futures::channel::mpsc;
use futures::StreamExt;

fn main() {
    block_on(async {
        let (tx, mut rx) = mpsc::unbounded();

        let val = String::from("hi");
        tx.unbounded_send(val).unwrap();

        let received = rx.next().await.unwrap();
        println!("received '{received}'");
    });
}
