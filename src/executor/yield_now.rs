//! `yield_now`: give other ready tasks a turn. It must never park without waking itself first,
//! or the task would be lost.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Returns Pending once after waking its own task, so the task goes to the back of the run queue.
/// Works under any executor.
pub fn yield_now() -> YieldNow {
    YieldNow { yielded: false }
}

/// The future returned by [`yield_now`].
#[must_use = "futures do nothing unless awaited"]
pub struct YieldNow {
    yielded: bool,
}

impl Future for YieldNow {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
