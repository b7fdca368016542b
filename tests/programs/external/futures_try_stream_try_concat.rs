// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_concat`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::TryStreamExt;

        let (tx, rx) = mpsc::unbounded::<Result<Vec<i32>, ()>>();

        (move || {
            for i in (0..3).rev() {
                let n = i * 3;
                tx.unbounded_send(Ok(vec![n + 1, n + 2, n + 3])).unwrap();
            }
        })();

        let result = rx.try_concat().await;

        assert_eq!(result, Ok(vec![7, 8, 9, 4, 5, 6, 1, 2, 3]));
    });
    println!("TryStreamExt::try_concat: ran to its end");
}
