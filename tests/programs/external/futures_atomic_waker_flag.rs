// Source: rust-lang/futures-rs, branch 0.3, futures-core/src/task/__internal/atomic_waker.rs:
// the documentation example of `AtomicWaker` (the `Flag` future).
// Adapted: the example only defines `Flag`; `main` awaits a flag beside a future that signals
// a clone of it, joined on `futures::executor::block_on`.
use futures::future::Future;
use futures::task::{AtomicWaker, Context, Poll};
use std::pin::Pin;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::Arc;

struct Inner {
    waker: AtomicWaker,
    set: AtomicBool,
}

#[derive(Clone)]
struct Flag(Arc<Inner>);

impl Flag {
    pub fn new() -> Self {
        Self(Arc::new(Inner {
            waker: AtomicWaker::new(),
            set: AtomicBool::new(false),
        }))
    }

    pub fn signal(&self) {
        self.0.set.store(true, Relaxed);
        self.0.waker.wake();
    }
}

impl Future for Flag {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // quick check to avoid registration if already done.
        if self.0.set.load(Relaxed) {
            return Poll::Ready(());
        }

        self.0.waker.register(cx.waker());

        // Need to check condition **after** `register` to avoid a race
        // condition that would result in lost notifications.
        if self.0.set.load(Relaxed) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

fn main() {
    let flag = Flag::new();
    let signaller = flag.clone();
    futures::executor::block_on(async {
        let waiting = async {
            println!("waiting for the flag");
            flag.await;
            println!("the flag is set");
        };
        let signalling = async {
            println!("signalling");
            signaller.signal();
        };
        futures::join!(waiting, signalling);
    });
}
