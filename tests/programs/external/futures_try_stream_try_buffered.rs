// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/try_stream/mod.rs:
// the documentation example of `TryStreamExt::try_buffered`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::channel::oneshot;
        use futures::future::lazy;
        use futures::stream::{self, StreamExt, TryStreamExt};

        let (send_one, recv_one) = oneshot::channel();
        let (send_two, recv_two) = oneshot::channel();

        let mut buffered = lazy(move |cx| {
            let stream_of_futures = stream::iter(vec![Ok(recv_one), Ok(recv_two)]);

            let mut buffered = stream_of_futures.try_buffered(10);

            assert!(buffered.try_poll_next_unpin(cx).is_pending());

            send_two.send(2i32)?;
            assert!(buffered.try_poll_next_unpin(cx).is_pending());
            Ok::<_, i32>(buffered)
        }).await?;

        send_one.send(1i32)?;
        assert_eq!(buffered.next().await, Some(Ok(1i32)));
        assert_eq!(buffered.next().await, Some(Ok(2i32)));

        assert_eq!(buffered.next().await, None);
        Ok::<(), i32>(()) }).unwrap();
    println!("TryStreamExt::try_buffered: ran to its end");
}
