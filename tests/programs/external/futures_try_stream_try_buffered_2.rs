// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the second documentation example of `TryStreamExt::try_buffered`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::channel::mpsc;
        use futures::stream::{StreamExt, TryStreamExt};

        let (sink, stream_of_futures) = mpsc::unbounded();
        let mut buffered = stream_of_futures.try_buffered(10);

        sink.unbounded_send(Ok(async { Ok(7i32) }))?;
        assert_eq!(buffered.next().await, Some(Ok(7i32)));

        sink.unbounded_send(Err("error in the stream"))?;
        assert_eq!(buffered.next().await, Some(Err("error in the stream")));
        Ok::<(), Box<dyn std::error::Error>>(()) }).unwrap();
    println!("TryStreamExt::try_buffered: ran to its end");
}
