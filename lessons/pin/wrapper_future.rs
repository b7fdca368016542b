// A future that wraps another and delegates `poll` to it, counting the polls on the way. The
// inner future is kept as `Pin<Box<F>>`, so `Logged` is `Unpin` and its `poll` may reach its
// fields through `Pin<&mut Self>`; `as_mut()` re-borrows the pinned inner future for each poll.
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Logged<F: Future> {
    polls: u32,
    inner: Pin<Box<F>>,
}

impl<F: Future> Future for Logged<F> {
    type Output = F::Output;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.polls += 1;
        println!("poll {} of the wrapped future", self.polls);
        let result = self.inner.as_mut().poll(cx);
        if result.is_pending() {
            println!("the inner future is Pending, and it registered the waker");
        }
        result
    }
}

async fn two_waits() -> u32 {
    yield_now().await;
    yield_now().await;
    42
}

fn main() {
    let answer = block_on(Logged {
        polls: 0,
        inner: Box::pin(two_waits()),
    });
    println!("answer {answer}");
}
