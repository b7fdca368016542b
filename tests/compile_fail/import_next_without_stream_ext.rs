// `rx.next()` on a futures channel without `StreamExt` in scope: rustc rejects it.
// expect: E0599 at line 13
use futures::channel::mpsc;
use futures::executor::block_on;
use futures::SinkExt;

fn main() {
    let (mut tx, mut rx) = mpsc::channel::<u32>(4);
    block_on(async move {
        tx.send(1).await.unwrap();
        drop(tx);
        let mut total = 0;
        while let Some(n) = rx.next().await {
            total += n;
        }
        println!("{total}");
    });
}
