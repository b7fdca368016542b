// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::filter`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=10);
        let events = stream.filter(|x| future::ready(x % 2 == 0));

        assert_eq!(vec![2, 4, 6, 8, 10], events.collect::<Vec<_>>().await);
    });
    println!("StreamExt::filter: ran to its end");
}
