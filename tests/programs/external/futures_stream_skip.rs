// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::skip`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=10).skip(5);

        assert_eq!(vec![6, 7, 8, 9, 10], stream.collect::<Vec<_>>().await);
    });
    println!("StreamExt::skip: ran to its end");
}
