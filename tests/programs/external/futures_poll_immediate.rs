// Source: rust-lang/futures-rs, branch 0.3, futures-util/src/future/poll_immediate.rs:
// the documentation example of `future::poll_immediate`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing: its assertions check it).
fn main() {
    futures::executor::block_on(async {
        use core::pin::pin;

        use future::FusedFuture;
        use futures::task::Poll;
        use futures::{future, StreamExt};

        let f = async { 1_u32 };
        let f = pin!(f);
        let mut r = future::poll_immediate(f);
        assert_eq!(r.next().await, Some(Poll::Ready(1)));

        let f = async {
            futures::pending!();
            42_u8
        };
        let f = pin!(f);
        let mut p = future::poll_immediate(f);
        assert_eq!(p.next().await, Some(Poll::Pending));
        assert!(!p.is_terminated());
        assert_eq!(p.next().await, Some(Poll::Ready(42)));
        assert!(p.is_terminated());
        assert_eq!(p.next().await, None);
    });
    println!("future::poll_immediate: ran to its end");
}
