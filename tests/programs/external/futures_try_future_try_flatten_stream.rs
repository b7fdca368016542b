// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/try_future/mod.rs:
// the documentation example of `TryFutureExt::try_flatten_stream`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::TryFutureExt;
        use futures::stream::{self, TryStreamExt};

        let stream_items = vec![17, 18, 19].into_iter().map(Ok);
        let future_of_a_stream = async { Ok::<_, ()>(stream::iter(stream_items)) };

        let stream = future_of_a_stream.try_flatten_stream();
        let list = stream.try_collect::<Vec<_>>().await;
        assert_eq!(list, Ok(vec![17, 18, 19]));
    });
    println!("TryFutureExt::try_flatten_stream: ran to its end");
}
