// Source: rust-lang/futures-rs, branch 0.3, futures/tests/future_abortable.rs and
// futures/tests/stream_abortable.rs (the futures crate's own tests): abortable_works,
// abortable_awakens and abortable_resolves, for a future and for a stream.
// Adapted: no `futures_test` here, so `new_count_waker()` is a waker of our own that counts
// its wakes (an `ArcWake` over an `AtomicUsize`), read with `load`; the `#[test]` functions
// are called in turn by `main`, which prints each one's name once it passed.
use futures::channel::{mpsc, oneshot};
use futures::executor::block_on;
use futures::future::{abortable, Aborted, FutureExt};
use futures::stream::{self, Stream, StreamExt};
use futures::task::{self, ArcWake, Context, Poll};
use futures::SinkExt;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

struct CountWaker(AtomicUsize);

impl ArcWake for CountWaker {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        arc_self.0.fetch_add(1, Ordering::SeqCst);
    }
}

fn new_count_waker() -> (task::Waker, Arc<CountWaker>) {
    let counter = Arc::new(CountWaker(AtomicUsize::new(0)));
    (task::waker(counter.clone()), counter)
}

mod future {
    use super::*;

    pub fn abortable_works() {
        let (_tx, a_rx) = oneshot::channel::<()>();
        let (abortable_rx, abort_handle) = abortable(a_rx);

        abort_handle.abort();
        assert!(abortable_rx.is_aborted());
        assert_eq!(Err(Aborted), block_on(abortable_rx));
    }

    pub fn abortable_awakens() {
        let (_tx, a_rx) = oneshot::channel::<()>();
        let (mut abortable_rx, abort_handle) = abortable(a_rx);

        let (waker, counter) = new_count_waker();
        let mut cx = Context::from_waker(&waker);

        assert_eq!(counter.0.load(Ordering::SeqCst), 0);
        assert_eq!(Poll::Pending, abortable_rx.poll_unpin(&mut cx));
        assert_eq!(counter.0.load(Ordering::SeqCst), 0);

        abort_handle.abort();
        assert_eq!(counter.0.load(Ordering::SeqCst), 1);
        assert!(abortable_rx.is_aborted());
        assert_eq!(Poll::Ready(Err(Aborted)), abortable_rx.poll_unpin(&mut cx));
    }

    pub fn abortable_resolves() {
        let (tx, a_rx) = oneshot::channel::<()>();
        let (abortable_rx, _abort_handle) = abortable(a_rx);

        tx.send(()).unwrap();

        assert!(!abortable_rx.is_aborted());
        assert_eq!(Ok(Ok(())), block_on(abortable_rx));
    }
}

mod streams {
    use super::*;

    pub fn abortable_works() {
        let (_tx, a_rx) = mpsc::channel::<()>(1);
        let (mut abortable_rx, abort_handle) = stream::abortable(a_rx);

        abort_handle.abort();
        assert!(abortable_rx.is_aborted());
        assert_eq!(None, block_on(abortable_rx.next()));
    }

    pub fn abortable_awakens() {
        let (_tx, a_rx) = mpsc::channel::<()>(1);
        let (mut abortable_rx, abort_handle) = stream::abortable(a_rx);

        let (waker, counter) = new_count_waker();
        let mut cx = Context::from_waker(&waker);

        assert_eq!(counter.0.load(Ordering::SeqCst), 0);
        assert_eq!(Poll::Pending, Pin::new(&mut abortable_rx).poll_next(&mut cx));
        assert_eq!(counter.0.load(Ordering::SeqCst), 0);

        abort_handle.abort();
        assert_eq!(counter.0.load(Ordering::SeqCst), 1);
        assert!(abortable_rx.is_aborted());
        assert_eq!(Poll::Ready(None), Pin::new(&mut abortable_rx).poll_next(&mut cx));
    }

    pub fn abortable_resolves() {
        let (mut tx, a_rx) = mpsc::channel::<()>(1);
        let (mut abortable_rx, _abort_handle) = stream::abortable(a_rx);

        block_on(tx.send(())).unwrap();

        assert!(!abortable_rx.is_aborted());
        assert_eq!(Some(()), block_on(abortable_rx.next()));
    }
}

fn main() {
    future::abortable_works();
    println!("future: abortable_works: ok");
    future::abortable_awakens();
    println!("future: abortable_awakens: ok");
    future::abortable_resolves();
    println!("future: abortable_resolves: ok");
    streams::abortable_works();
    println!("stream: abortable_works: ok");
    streams::abortable_awakens();
    println!("stream: abortable_awakens: ok");
    streams::abortable_resolves();
    println!("stream: abortable_resolves: ok");
}
