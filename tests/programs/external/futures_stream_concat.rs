// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::concat`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::StreamExt;

        let (tx, rx) = mpsc::unbounded();

        (move || {
            for i in (0..3).rev() {
                let n = i * 3;
                tx.unbounded_send(vec![n + 1, n + 2, n + 3]).unwrap();
            }
        })();

        let result = rx.concat().await;

        assert_eq!(result, vec![7, 8, 9, 4, 5, 6, 1, 2, 3]);
    });
    println!("StreamExt::concat: ran to its end");
}
