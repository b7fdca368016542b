// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::take_while`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=10);

        let stream = stream.take_while(|x| future::ready(*x <= 5));

        assert_eq!(vec![1, 2, 3, 4, 5], stream.collect::<Vec<_>>().await);
    });
    println!("StreamExt::take_while: ran to its end");
}
