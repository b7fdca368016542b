// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::fold`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let number_stream = stream::iter(0..6);
        let sum = number_stream.fold(0, |acc, x| async move { acc + x });
        assert_eq!(sum.await, 15);
    });
    println!("StreamExt::fold: ran to its end");
}
