// Source: the no-op `RawWaker` built from a `RawWakerVTable` that the std documentation of
// `std::task::RawWaker`/`RawWakerVTable` and `Waker::from_raw` describe (rust-lang/rust,
// library/core/src/task/wake.rs), as written before `Waker::noop` existed.
// Adapted: a `main` polls a future that is pending once with it, then ready.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

fn noop_raw_waker() -> RawWaker {
    fn no_op(_: *const ()) {}
    fn clone(_: *const ()) -> RawWaker {
        noop_raw_waker()
    }
    let vtable = &RawWakerVTable::new(clone, no_op, no_op, no_op);
    RawWaker::new(std::ptr::null(), vtable)
}

struct PendingOnce {
    polled: bool,
}

impl Future for PendingOnce {
    type Output = &'static str;
    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<&'static str> {
        if self.polled {
            Poll::Ready("ready on the second poll")
        } else {
            self.polled = true;
            Poll::Pending
        }
    }
}

fn main() {
    // SAFETY: the vtable's functions do nothing and the data pointer is never read.
    let waker = unsafe { Waker::from_raw(noop_raw_waker()) };
    let mut cx = Context::from_waker(&waker);
    let mut future = PendingOnce { polled: false };
    loop {
        match Pin::new(&mut future).poll(&mut cx) {
            Poll::Ready(value) => {
                println!("{value}");
                break;
            }
            Poll::Pending => println!("pending"),
        }
    }
}
