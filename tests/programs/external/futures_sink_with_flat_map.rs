// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/sink/mod.rs:
// the documentation example of `SinkExt::with_flat_map`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::sink::SinkExt;
        use futures::stream::{self, StreamExt};

        let (tx, rx) = mpsc::channel(5);

        let mut tx = tx.with_flat_map(|x| stream::iter(vec![Ok(42); x]));

        tx.send(5).await.unwrap();
        drop(tx);
        let received: Vec<i32> = rx.collect().await;
        assert_eq!(received, vec![42, 42, 42, 42, 42]);
    });
    println!("SinkExt::with_flat_map: ran to its end");
}
