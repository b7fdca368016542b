// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::by_ref`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let mut stream = stream::iter(1..5);

        let sum = stream.by_ref()
                        .take(2)
                        .fold(0, |a, b| async move { a + b })
                        .await;
        assert_eq!(sum, 3);

        // You can use the stream again
        let sum = stream.take(2)
                        .fold(0, |a, b| async move { a + b })
                        .await;
        assert_eq!(sum, 7);
    });
    println!("StreamExt::by_ref: ran to its end");
}
