// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::all`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let number_stream = stream::iter(0..10);
        let less_then_twenty = number_stream.all(|i| async move { i < 20 });
        assert_eq!(less_then_twenty.await, true);
    });
    println!("StreamExt::all: ran to its end");
}
