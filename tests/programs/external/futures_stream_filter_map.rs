// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::filter_map`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::iter(1..=10);
        let events = stream.filter_map(|x| async move {
            if x % 2 == 0 {
                Some(x + 1)
            } else {
                None
            }
        });

        assert_eq!(vec![3, 5, 7, 9, 11], events.collect::<Vec<_>>().await);
    });
    println!("StreamExt::filter_map: ran to its end");
}
