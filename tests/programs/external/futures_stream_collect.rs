// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::collect`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::StreamExt;

        let (tx, rx) = mpsc::unbounded();

        (move || {
            for i in 1..=5 {
                tx.unbounded_send(i).unwrap();
            }
        })();

        let output = rx.collect::<Vec<i32>>().await;
        assert_eq!(output, vec![1, 2, 3, 4, 5]);
    });
    println!("StreamExt::collect: ran to its end");
}
