// std's `mpsc` channels on the playground's one thread: `send`, `try_send` on a full
// `sync_channel`, `recv` and `try_recv` give std's own errors, which print as std prints them
// (`{:?}` and `{}`), and a `Sender` dropped with the closure it was moved into counts as
// gone, so the receiver sees the channel disconnected.
use async_playground::prelude::{println, *};
use std::sync::mpsc;

fn main() {
    block_on(async {
        let (tx, rx) = mpsc::channel::<u8>();
        let send = move |n| tx.send(n);
        println!("{:?}", send(1));
        println!("{:?}", rx.recv());
        let empty = rx.try_recv();
        println!("{:?} / {}", empty, empty.unwrap_err());
        drop(send);
        let gone = rx.try_recv();
        println!("{:?} / {}", gone, gone.unwrap_err());
        let closed = rx.recv();
        println!("{:?} / {}", closed, closed.unwrap_err());

        let (tx, rx) = mpsc::sync_channel::<u8>(1);
        let senders = [tx.clone(), tx];
        println!("{:?}", senders[0].try_send(1));
        let full = senders[1].try_send(2);
        println!("{:?} / {}", full, full.unwrap_err());
        drop(rx);
        let no_receiver = senders[0].try_send(3);
        println!("{:?} / {}", no_receiver, no_receiver.unwrap_err());
        let refused = senders[1].send(4);
        println!("{:?} / {}", refused, refused.unwrap_err());
    });
}
