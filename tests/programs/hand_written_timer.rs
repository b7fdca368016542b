// A hand-written future that wraps another one: `Logged` prints each poll of the inner future
// and passes its result through, using `Pin` projection through a `Box`.
use async_playground::prelude::{println, *};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

struct Logged {
    label: &'static str,
    polls: u32,
    inner: Pin<Box<dyn Future<Output = u32>>>,
}

impl Future for Logged {
    type Output = u32;
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        self.polls += 1;
        println!("{}: poll {}", self.label, self.polls);
        match self.inner.as_mut().poll(cx) {
            Poll::Ready(value) => Poll::Ready(value),
            Poll::Pending => Poll::Pending,
        }
    }
}

fn main() {
    let value = block_on(async {
        let inner = Box::pin(async {
            sleep(10).await;
            yield_now().await;
            5
        });
        Logged { label: "timer", polls: 0, inner }.await
    });
    println!("value {value}");
}
