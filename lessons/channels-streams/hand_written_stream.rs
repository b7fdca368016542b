// A `Stream` is the async form of an iterator: `poll_next` gives `Ready(Some(item))`, `Pending`,
// or `Ready(None)` at the end. This one yields a countdown, returning Pending once before each
// item (after waking itself), and `StreamExt::next` turns each step into a future to await.
use async_playground::prelude::{println, *};
use futures::{Stream, StreamExt};
use std::pin::Pin;
use std::task::{Context, Poll};

struct Countdown {
    left: u32,
    waited: bool,
}

impl Stream for Countdown {
    type Item = u32;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        if !self.waited {
            self.waited = true;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        self.waited = false;
        self.left -= 1;
        Poll::Ready(Some(self.left + 1))
    }
}

fn main() {
    block_on(async {
        let mut countdown = Countdown {
            left: 3,
            waited: false,
        };
        while let Some(n) = countdown.next().await {
            println!("{n}...");
        }
        println!("liftoff");
    });
}
