// `tx.send(..).await` on a futures mpsc sender without `SinkExt` in scope: rustc rejects it.
// expect: E0599 at line 10
use futures::channel::mpsc;
use futures::executor::block_on;
use futures::StreamExt;

fn main() {
    let (mut tx, mut rx) = mpsc::channel::<String>(1);
    block_on(async move {
        tx.send("hello".to_string()).await.unwrap();
        drop(tx);
        println!("{:?}", rx.next().await);
    });
}
