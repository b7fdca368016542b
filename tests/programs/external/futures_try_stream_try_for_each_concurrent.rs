// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_for_each_concurrent`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::channel::oneshot;
        use futures::stream::{self, StreamExt, TryStreamExt};

        let (tx1, rx1) = oneshot::channel();
        let (tx2, rx2) = oneshot::channel();
        let (_tx3, rx3) = oneshot::channel();

        let stream = stream::iter(vec![rx1, rx2, rx3]);
        let fut = stream
            .map(Ok)
            .try_for_each_concurrent(/* limit */ 2, |rx| async move {
                let res: Result<(), oneshot::Canceled> = rx.await;
                res
            });

        tx1.send(()).unwrap();
        // Drop the second sender so that `rx2` resolves to `Canceled`.
        drop(tx2);

        // The final result is an error because the second future
        // resulted in an error.
        assert_eq!(Err(oneshot::Canceled), fut.await);
    });
    println!("TryStreamExt::try_for_each_concurrent: ran to its end");
}
