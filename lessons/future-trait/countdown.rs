// A future written by hand: `Countdown` prints a number and wakes itself on every Pending poll,
// so awaiting `Countdown(3)` takes four polls, the last one Ready with "liftoff".
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Countdown(u32);

impl Future for Countdown {
    type Output = &'static str;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if self.0 == 0 {
            return Poll::Ready("liftoff");
        }
        println!("{}...", self.0);
        self.0 -= 1;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

fn main() {
    let message = block_on(Countdown(3));
    println!("{message}");
}
