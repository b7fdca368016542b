// `send` on an unbounded futures sender is `SinkExt`'s (the inherent one is `unbounded_send`):
// rustc rejects it without the trait in scope.
// expect: E0599 at line 10
use futures::channel::mpsc::unbounded;
use futures::executor::block_on;

fn main() {
    let (mut tx, rx) = unbounded::<u32>();
    block_on(async {
        tx.send(7).await.unwrap();
    });
    drop(rx);
}
