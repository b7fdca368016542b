// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::flatten_stream`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;
        use futures::stream::{self, StreamExt};

        let stream_items = vec![17, 18, 19];
        let future_of_a_stream = async { stream::iter(stream_items) };

        let stream = future_of_a_stream.flatten_stream();
        let list: Vec<_> = stream.collect().await;
        assert_eq!(list, vec![17, 18, 19]);
    });
    println!("FutureExt::flatten_stream: ran to its end");
}
