// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::flatten`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it);
// no threads here, so each thread's closure is called in place, before the receiving.
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::StreamExt;

        let (tx1, rx1) = mpsc::unbounded();
        let (tx2, rx2) = mpsc::unbounded();
        let (tx3, rx3) = mpsc::unbounded();

        (move || {
            tx1.unbounded_send(1).unwrap();
            tx1.unbounded_send(2).unwrap();
        })();
        (move || {
            tx2.unbounded_send(3).unwrap();
            tx2.unbounded_send(4).unwrap();
        })();
        (move || {
            tx3.unbounded_send(rx1).unwrap();
            tx3.unbounded_send(rx2).unwrap();
        })();

        let output = rx3.flatten().collect::<Vec<i32>>().await;
        assert_eq!(output, vec![1, 2, 3, 4]);
    });
    println!("StreamExt::flatten: ran to its end");
}
