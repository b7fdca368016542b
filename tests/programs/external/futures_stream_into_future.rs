// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::into_future`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=3);

        let (item, stream) = stream.into_future().await;
        assert_eq!(Some(1), item);

        let (item, stream) = stream.into_future().await;
        assert_eq!(Some(2), item);
    });
    println!("StreamExt::into_future: ran to its end");
}
