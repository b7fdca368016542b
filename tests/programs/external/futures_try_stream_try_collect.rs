// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_collect`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::TryStreamExt;

        let (tx, rx) = mpsc::unbounded();

        {
            for i in 1..=5 {
                tx.unbounded_send(Ok(i)).unwrap();
            }
            tx.unbounded_send(Err(6)).unwrap();
        }

        let output: Result<Vec<i32>, i32> = rx.try_collect().await;
        assert_eq!(output, Err(6));
    });
    println!("TryStreamExt::try_collect: ran to its end");
}
