// Source: the std documentation of `std::pin::pin!` (rust-lang/rust,
// library/core/src/pin.rs): "Manually polling a Future (without Unpin bounds)".
// Adapted: the example leaves its waker as `// …`; here it is the `Wake` documentation's
// `ThreadWaker`, and `main` runs an `async fn` that awaits two steps.
use std::{
    future::Future,
    pin::pin,
    sync::Arc,
    task::{Context, Poll, Wake},
    thread::{self, Thread},
};

struct ThreadWaker(Thread);

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.0.unpark();
    }
}

/// Runs a future to completion.
fn block_on<Fut: Future>(fut: Fut) -> Fut::Output {
    let waker_that_unparks_thread = Arc::new(ThreadWaker(thread::current())).into();
    let mut cx = Context::from_waker(&waker_that_unparks_thread);
    // Pin the future so it can be polled.
    let mut pinned_fut = pin!(fut);
    loop {
        match pinned_fut.as_mut().poll(&mut cx) {
            Poll::Pending => thread::park(),
            Poll::Ready(res) => return res,
        }
    }
}

async fn step(n: u32) -> u32 {
    println!("step {n}");
    n * 10
}

async fn two_steps() -> u32 {
    step(1).await + step(2).await
}

fn main() {
    assert_eq!(block_on(async { 42 }), 42);
    println!("total: {}", block_on(two_steps()));
}
