// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/future/mod.rs:
// the documentation example of `FutureExt::into_stream`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::future::FutureExt;
        use futures::stream::StreamExt;

        let future = async { 17 };
        let stream = future.into_stream();
        let collected: Vec<_> = stream.collect().await;
        assert_eq!(collected, vec![17]);
    });
    println!("FutureExt::into_stream: ran to its end");
}
