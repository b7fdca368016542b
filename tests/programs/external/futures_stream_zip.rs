// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::zip`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream1 = stream::iter(1..=3);
        let stream2 = stream::iter(5..=10);

        let vec = stream1.zip(stream2).collect::<Vec<_>>().await;
        assert_eq!(vec![(1, 5), (2, 6), (3, 7)], vec);
    });
    println!("StreamExt::zip: ran to its end");
}
