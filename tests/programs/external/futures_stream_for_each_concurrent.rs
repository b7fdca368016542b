// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::for_each_concurrent`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::channel::oneshot;
        use futures::stream::{self, StreamExt};

        let (tx1, rx1) = oneshot::channel();
        let (tx2, rx2) = oneshot::channel();
        let (tx3, rx3) = oneshot::channel();

        let fut = stream::iter(vec![rx1, rx2, rx3]).for_each_concurrent(
            /* limit */ 2,
            |rx| async move {
                rx.await.unwrap();
            },
        );
        tx1.send(()).unwrap();
        tx2.send(()).unwrap();
        tx3.send(()).unwrap();
        fut.await;
    });
    println!("StreamExt::for_each_concurrent: ran to its end");
}
