// Source: the std documentation of `std::task::ready!` (rust-lang/rust,
// library/core/src/task/ready.rs).
// Adapted: `do_poll` prints the number it gets, and `main` calls it with a no-op waker's
// context (the example only defines it).
use std::future::{self, Future};
use std::pin::Pin;
use std::task::{ready, Context, Poll, Waker};

pub fn do_poll(cx: &mut Context<'_>) -> Poll<()> {
    let mut fut = future::ready(42);
    let fut = Pin::new(&mut fut);

    let num = ready!(fut.poll(cx));
    // ... use num
    println!("got {num}");

    Poll::Ready(())
}

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    println!("{:?}", do_poll(&mut cx));
}
