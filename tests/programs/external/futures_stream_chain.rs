// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::chain`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream1 = stream::iter(vec![Ok(10), Err(false)]);
        let stream2 = stream::iter(vec![Err(true), Ok(20)]);

        let stream = stream1.chain(stream2);

        let result: Vec<_> = stream.collect().await;
        assert_eq!(result, vec![Ok(10), Err(false), Err(true), Ok(20),]);
    });
    println!("StreamExt::chain: ran to its end");
}
