// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/stream/poll_immediate.rs:
// the documentation example of `stream::poll_immediate`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use futures::stream::{self, StreamExt};
        use futures::task::Poll;

        let mut r = stream::poll_immediate(Box::pin(stream::iter(1_u32..3)));
        assert_eq!(r.next().await, Some(Poll::Ready(1)));
        assert_eq!(r.next().await, Some(Poll::Ready(2)));
        assert_eq!(r.next().await, None);

        let mut p = stream::poll_immediate(Box::pin(stream::once(async {
            futures::pending!();
            42_u8
        })));
        assert_eq!(p.next().await, Some(Poll::Pending));
        assert_eq!(p.next().await, Some(Poll::Ready(42)));
        assert_eq!(p.next().await, None);
    });
    println!("stream::poll_immediate: ran to its end");
}
