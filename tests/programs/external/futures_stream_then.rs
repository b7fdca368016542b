// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::then`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=3);
        let stream = stream.then(|x| async move { x + 3 });

        assert_eq!(vec![4, 5, 6], stream.collect::<Vec<_>>().await);
    });
    println!("StreamExt::then: ran to its end");
}
