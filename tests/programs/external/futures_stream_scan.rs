// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::scan`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future;
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=10);

        let stream = stream.scan(0, |state, x| {
            *state += x;
            future::ready(if *state < 10 { Some(x) } else { None })
        });

        assert_eq!(vec![1, 2, 3], stream.collect::<Vec<_>>().await);
    });
    println!("StreamExt::scan: ran to its end");
}
