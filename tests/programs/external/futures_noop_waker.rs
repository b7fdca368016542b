// Source: rust-lang/futures-rs, branch 0.3, futures-task/src/noop_waker.rs: the documentation
// examples of `noop_waker` and `noop_waker_ref`.
// Adapted: both run in `main`, which then polls a future through a `Context` over the no-op
// waker reference (what futures' own tests call a noop context) and prints each poll.
use futures::task::{noop_waker, noop_waker_ref};
use std::future::Future;
use std::task::Context;

fn main() {
    let waker = noop_waker();
    waker.wake();

    let waker = noop_waker_ref();
    waker.wake_by_ref();

    let mut cx = Context::from_waker(noop_waker_ref());
    let mut future = Box::pin(async {
        futures::pending!();
        "done"
    });
    println!("{:?}", future.as_mut().poll(&mut cx));
    println!("{:?}", future.as_mut().poll(&mut cx));
}
