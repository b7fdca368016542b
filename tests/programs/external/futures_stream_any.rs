// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/stream/mod.rs:
// the documentation example of `StreamExt::any`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};

        let number_stream = stream::iter(0..10);
        let contain_three = number_stream.any(|i| async move { i == 3 });
        assert_eq!(contain_three.await, true);
    });
    println!("StreamExt::any: ran to its end");
}
