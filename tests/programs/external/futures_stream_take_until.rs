// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::take_until`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, StreamExt};
        use futures::task::Poll;

        let stream = stream::iter(1..=10);

        let mut i = 0;
        let stop_fut = future::poll_fn(|_cx| {
            i += 1;
            if i <= 5 {
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        });

        let stream = stream.take_until(stop_fut);

        assert_eq!(vec![1, 2, 3, 4, 5], stream.collect::<Vec<_>>().await);
    });
    println!("StreamExt::take_until: ran to its end");
}
