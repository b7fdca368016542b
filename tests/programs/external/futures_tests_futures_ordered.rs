// Source: rust-lang/futures-rs, branch 0.3, futures/tests/stream_futures_ordered.rs (the
// futures crate's own tests): works_1.
// Adapted: the `futures_test` crate is not here, so its `noop_context()` is written out as a
// `Context` over `futures::task::noop_waker_ref()`; `main` calls the test and prints its name
// once it passed.
use futures::channel::oneshot;
use futures::executor::block_on_stream;
use futures::stream::{FuturesOrdered, StreamExt};
use futures::task::{noop_waker_ref, Context};

fn noop_context() -> Context<'static> {
    Context::from_waker(noop_waker_ref())
}

fn works_1() {
    let (a_tx, a_rx) = oneshot::channel::<i32>();
    let (b_tx, b_rx) = oneshot::channel::<i32>();
    let (c_tx, c_rx) = oneshot::channel::<i32>();

    let mut stream = vec![a_rx, b_rx, c_rx].into_iter().collect::<FuturesOrdered<_>>();

    b_tx.send(99).unwrap();
    assert!(stream.poll_next_unpin(&mut noop_context()).is_pending());

    a_tx.send(33).unwrap();
    c_tx.send(33).unwrap();

    let mut iter = block_on_stream(stream);
    assert_eq!(Some(Ok(33)), iter.next());
    assert_eq!(Some(Ok(99)), iter.next());
    assert_eq!(Some(Ok(33)), iter.next());
    assert_eq!(None, iter.next());
}

fn main() {
    works_1();
    println!("works_1: passed");
}
