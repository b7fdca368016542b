// Source: the std documentation of `std::future::poll_fn` (rust-lang/rust,
// library/core/src/future/poll_fn.rs): the `read_line` example and "Capturing a pinned state"
// (`naive_select`).
// Adapted: the examples' hidden `async fn run` is awaited by `futures::executor::block_on` in
// `main`, and each `assert_eq!` also prints the value it checks.
use core::future::{self, Future};
use core::task::Poll;
use std::task::Context;

fn read_line(_cx: &mut Context<'_>) -> Poll<String> {
    Poll::Ready("Hello, World!".into())
}

/// Resolves to the first future that completes. In the event of a tie, `a` wins.
fn naive_select<T>(
    a: impl Future<Output = T>,
    b: impl Future<Output = T>,
) -> impl Future<Output = T> {
    let (mut a, mut b) = (Box::pin(a), Box::pin(b));
    future::poll_fn(move |cx| {
        if let Poll::Ready(r) = a.as_mut().poll(cx) {
            Poll::Ready(r)
        } else if let Poll::Ready(r) = b.as_mut().poll(cx) {
            Poll::Ready(r)
        } else {
            Poll::Pending
        }
    })
}

async fn run() {
    let read_future = future::poll_fn(read_line);
    let line = read_future.await;
    println!("{line}");
    assert_eq!(line, "Hello, World!".to_owned());

    let a = async { 42 };
    let b = future::pending();
    let v = naive_select(a, b).await;
    println!("{v}");
    assert_eq!(v, 42);

    let a = future::pending();
    let b = async { 27 };
    let v = naive_select(a, b).await;
    println!("{v}");
    assert_eq!(v, 27);

    let a = async { 42 };
    let b = async { 27 };
    let v = naive_select(a, b).await;
    println!("{v}");
    assert_eq!(v, 42); // biased towards `a` in case of tie!
}

fn main() {
    futures::executor::block_on(run());
}
