// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::unzip`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::StreamExt;

        let (tx, rx) = mpsc::unbounded();

        (move || {
            tx.unbounded_send((1, 2)).unwrap();
            tx.unbounded_send((3, 4)).unwrap();
            tx.unbounded_send((5, 6)).unwrap();
        })();

        let (o1, o2): (Vec<_>, Vec<_>) = rx.unzip().await;
        assert_eq!(o1, vec![1, 3, 5]);
        assert_eq!(o2, vec![2, 4, 6]);
    });
    println!("StreamExt::unzip: ran to its end");
}
