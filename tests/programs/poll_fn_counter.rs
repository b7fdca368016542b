// `poll_fn` turns a closure into a future: this one counts its polls, waking itself with
// `wake_by_ref` until it has been polled three times.
use async_playground::prelude::{println, *};
use futures::future::poll_fn;
use std::task::Poll;

fn main() {
    let polls = block_on(async {
        let mut polls = 0;
        poll_fn(|cx| {
            polls += 1;
            println!("poll number {polls}");
            if polls < 3 {
                cx.waker().wake_by_ref();
                Poll::Pending
            } else {
                Poll::Ready(())
            }
        })
        .await;
        polls
    });
    println!("ready after {polls} polls");
}
