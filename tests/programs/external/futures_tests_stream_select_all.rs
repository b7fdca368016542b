// Source: rust-lang/futures-rs, branch 0.3, futures/tests/stream_select_all.rs (the futures
// crate's own tests): is_terminated and issue_1626.
// Adapted: the `futures_test` crate is not here, so its `noop_context()` is written out as a
// `Context` over `futures::task::noop_waker_ref()`; those two `#[test]` functions are called in
// turn by `main`, which prints each one's name once it passed; the imports are the ones they
// use.
use futures::executor::block_on_stream;
use futures::future::{self, FutureExt};
use futures::stream::{self, FusedStream, SelectAll, StreamExt};
use futures::task::{noop_waker_ref, Context, Poll};

fn noop_context() -> Context<'static> {
    Context::from_waker(noop_waker_ref())
}

fn is_terminated() {
    let mut cx = noop_context();
    let mut tasks = SelectAll::new();

    assert_eq!(tasks.is_terminated(), false);
    assert_eq!(tasks.poll_next_unpin(&mut cx), Poll::Ready(None));
    assert_eq!(tasks.is_terminated(), true);

    // Test that the sentinel value doesn't leak
    assert_eq!(tasks.is_empty(), true);
    assert_eq!(tasks.len(), 0);

    tasks.push(future::ready(1).into_stream());

    assert_eq!(tasks.is_empty(), false);
    assert_eq!(tasks.len(), 1);

    assert_eq!(tasks.is_terminated(), false);
    assert_eq!(tasks.poll_next_unpin(&mut cx), Poll::Ready(Some(1)));
    assert_eq!(tasks.is_terminated(), false);
    assert_eq!(tasks.poll_next_unpin(&mut cx), Poll::Ready(None));
    assert_eq!(tasks.is_terminated(), true);
}

fn issue_1626() {
    let a = stream::iter(0..=2);
    let b = stream::iter(10..=14);

    let mut s = block_on_stream(stream::select_all(vec![a, b]));

    assert_eq!(s.next(), Some(0));
    assert_eq!(s.next(), Some(10));
    assert_eq!(s.next(), Some(1));
    assert_eq!(s.next(), Some(11));
    assert_eq!(s.next(), Some(2));
    assert_eq!(s.next(), Some(12));
    assert_eq!(s.next(), Some(13));
    assert_eq!(s.next(), Some(14));
    assert_eq!(s.next(), None);
}

fn main() {
    is_terminated();
    println!("is_terminated: passed");
    issue_1626();
    println!("issue_1626: passed");
}
