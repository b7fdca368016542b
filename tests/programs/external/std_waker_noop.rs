// Source: the std documentation of `std::task::Waker::noop` (rust-lang/rust,
// library/core/src/task/wake.rs).
// Adapted: the example runs in `main`, which prints the poll it asserts.
use std::future::Future;
use std::task;

fn main() {
    let mut cx = task::Context::from_waker(task::Waker::noop());

    let mut future = Box::pin(async { 10 });
    let polled = future.as_mut().poll(&mut cx);
    println!("{:?}", polled);
    assert_eq!(polled, task::Poll::Ready(10));
}
