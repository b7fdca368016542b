// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_flatten`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::{StreamExt, TryStreamExt};

        let (tx1, rx1) = mpsc::unbounded();
        let (tx2, rx2) = mpsc::unbounded();
        let (tx3, rx3) = mpsc::unbounded();

        (move || {
            tx1.unbounded_send(Ok(1)).unwrap();
        })();
        (move || {
            tx2.unbounded_send(Ok(2)).unwrap();
            tx2.unbounded_send(Err(3)).unwrap();
            tx2.unbounded_send(Ok(4)).unwrap();
        })();
        (move || {
            tx3.unbounded_send(Ok(rx1)).unwrap();
            tx3.unbounded_send(Ok(rx2)).unwrap();
            tx3.unbounded_send(Err(5)).unwrap();
        })();

        let mut stream = rx3.try_flatten();
        assert_eq!(stream.next().await, Some(Ok(1)));
        assert_eq!(stream.next().await, Some(Ok(2)));
        assert_eq!(stream.next().await, Some(Err(3)));
        assert_eq!(stream.next().await, Some(Ok(4)));
        assert_eq!(stream.next().await, Some(Err(5)));
        assert_eq!(stream.next().await, None);
    });
    println!("TryStreamExt::try_flatten: ran to its end");
}
