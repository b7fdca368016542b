// Streams in `select!`: `next()` and `select_next_some()` branches over fused streams, with a
// `complete` branch once all have ended, and `while let Some(x) = s.next().await` over a
// channel's receiver mapped by a combinator and over a program's own `impl Stream`.
use async_playground::prelude::{println, *};
use futures::channel::mpsc;
use futures::stream::{self, FuturesUnordered, Stream, StreamExt};
use futures::{select_biased, FutureExt, SinkExt};
use std::pin::Pin;
use std::task::{Context, Poll};

struct Countdown(u32);

impl Stream for Countdown {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.0 == 0 {
            return Poll::Ready(None);
        }
        self.0 -= 1;
        if matches!(self.0, 0 | 2 | 4) {
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        Poll::Ready(Some(self.0))
    }
}

async fn after(ms: u64, label: &'static str) -> &'static str {
    sleep(ms).await;
    label
}

fn main() {
    block_on(async {
        let mut numbers = stream::iter(1..=3).fuse();
        let mut timers: FuturesUnordered<_> =
            vec![after(20, "late"), after(5, "early")].into_iter().collect();
        let mut done = after(10, "done").boxed_local().fuse();
        loop {
            select_biased! {
                n = numbers.next() => match n {
                    Some(n) => println!("number {n}"),
                    None => println!("numbers ended"),
                },
                label = timers.select_next_some() => println!("timer {label}"),
                label = done => println!("future {label}"),
                complete => break,
            }
        }

        let (mut tx, rx) = mpsc::channel::<u32>(1);
        spawn("sender", async move {
            for i in 1..=3 {
                tx.send(i).await.unwrap();
            }
            tx.close_channel();
        });
        let mut tens = rx.map(|x| x * 10);
        while let Some(x) = tens.next().await {
            println!("received {x}");
        }

        let mut countdown = Countdown(6)
            .then(|n| async move {
                yield_now().await;
                n + 100
            })
            .boxed_local();
        while let Some(n) = countdown.next().await {
            println!("countdown {n}");
        }
    });
}
