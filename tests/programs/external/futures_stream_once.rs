// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/once.rs:
// the documentation example of `stream::once`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let stream = stream::once(async { 17 });
        let collected = stream.collect::<Vec<i32>>().await;
        assert_eq!(collected, vec![17]);
    });
    println!("stream::once: ran to its end");
}
