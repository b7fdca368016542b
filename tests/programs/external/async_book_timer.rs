// Source: rust-lang/async-book, examples/02_03_timer/src/lib.rs (chapter 2.3, "Task Wakeups
// with Waker": TimerFuture).
// Adapted: no threads here, so the thread that `TimerFuture::new` spawned to sleep and then
// complete the timer is `fire`, run by a second future joined beside the timer's; the
// `#[test]`'s `block_on` is the `main`, with prints around the await.
use std::{
    future::Future,
    pin::Pin,
    sync::{Arc, Mutex},
    task::{Context, Poll, Waker},
};

pub struct TimerFuture {
    shared_state: Arc<Mutex<SharedState>>,
}

/// Shared state between the future and the waiting thread
pub struct SharedState {
    /// Whether or not the sleep time has elapsed
    completed: bool,

    /// The waker for the task that `TimerFuture` is running on.
    /// The thread can use this after setting `completed = true` to tell
    /// `TimerFuture`'s task to wake up, see that `completed = true`, and
    /// move forward.
    waker: Option<Waker>,
}

impl Future for TimerFuture {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // Look at the shared state to see if the timer has already completed.
        let mut shared_state = self.shared_state.lock().unwrap();
        if shared_state.completed {
            Poll::Ready(())
        } else {
            // Set waker so that the thread can wake up the current task
            // when the timer has completed, ensuring that the future is polled
            // again and sees that `completed = true`.
            shared_state.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl TimerFuture {
    /// Create a new `TimerFuture`, and the shared state that `fire` completes.
    pub fn new() -> (Self, Arc<Mutex<SharedState>>) {
        let shared_state = Arc::new(Mutex::new(SharedState {
            completed: false,
            waker: None,
        }));
        let thread_shared_state = shared_state.clone();
        (TimerFuture { shared_state }, thread_shared_state)
    }
}

/// What the timer thread did once its sleep ended.
fn fire(thread_shared_state: &Arc<Mutex<SharedState>>) {
    let mut shared_state = thread_shared_state.lock().unwrap();
    // Signal that the timer has completed and wake up the last
    // task on which the future was polled, if one exists.
    shared_state.completed = true;
    if let Some(waker) = shared_state.waker.take() {
        println!("timer fired: waking the task");
        waker.wake()
    }
}

fn main() {
    futures::executor::block_on(async {
        let (timer, shared_state) = TimerFuture::new();
        let waiting = async {
            println!("waiting for the timer");
            timer.await;
            println!("the timer completed");
        };
        let timer_thread = async {
            fire(&shared_state);
        };
        futures::join!(waiting, timer_thread);
    })
}
