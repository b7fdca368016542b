// `.boxed()` on a hand-written future without `FutureExt` in scope: rustc rejects it.
// expect: E0599 at line 18
use futures::executor::block_on;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Answer;

impl Future for Answer {
    type Output = u32;
    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        Poll::Ready(42)
    }
}

fn main() {
    let boxed = Answer.boxed();
    println!("{}", block_on(boxed));
}
