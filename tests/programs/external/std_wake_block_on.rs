// Source: the std documentation of `std::task::Wake` (rust-lang/rust,
// library/alloc/src/task.rs): its example `block_on` over a `ThreadWaker`.
// Adapted: besides the example's future, `main` runs one that wakes its own waker once before
// it is ready, so that the `thread::park` after its first poll returns at once (the unpark
// came first) and the loop polls it again.
use core::pin::pin;
use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Wake};
use std::thread::{self, Thread};

/// A waker that wakes up the current thread when called.
struct ThreadWaker(Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Run a future to completion on the current thread.
fn block_on<T>(fut: impl Future<Output = T>) -> T {
    // Pin the future so it can be polled.
    let mut fut = pin!(fut);

    // Create a new context to be passed to the future.
    let t = thread::current();
    let waker = Arc::new(ThreadWaker(t)).into();
    let mut cx = Context::from_waker(&waker);

    // Run the future to completion.
    loop {
        match fut.as_mut().poll(&mut cx) {
            Poll::Ready(res) => return res,
            Poll::Pending => thread::park(),
        }
    }
}

fn main() {
    block_on(async {
        println!("Hi from inside a future!");
    });
    let mut woken = false;
    let answer = block_on(std::future::poll_fn(|cx| {
        if woken {
            println!("polled again after the wake");
            Poll::Ready(42)
        } else {
            woken = true;
            println!("first poll: waking myself");
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }));
    println!("answer: {answer}");
}
