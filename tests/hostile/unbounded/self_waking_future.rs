// A future that wakes itself and returns Pending, forever.
// expect: limit steps
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Spin;

impl Future for Spin {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

fn main() {
    block_on(Spin);
}
