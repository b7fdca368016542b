// Atomics, futures' `AtomicWaker`, `Waker::clone_from` and a `RawWaker` of the program's own:
// an `AtomicWaker` wakes the task registered last, once, and a wake with nothing registered
// does nothing; `fetch_add` returns the old value and wraps at the atomic's width.
use async_playground::prelude::{println, *};
use futures::future::poll_fn;
use futures::task::{noop_waker, AtomicWaker};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, RawWaker, RawWakerVTable, Waker};

struct Signal {
    waker: AtomicWaker,
    set: AtomicBool,
    polls: AtomicUsize,
}

fn loud_raw_waker() -> RawWaker {
    fn clone(_: *const ()) -> RawWaker {
        loud_raw_waker()
    }
    fn wake(_: *const ()) {
        println!("raw waker: wake");
    }
    fn wake_by_ref(_: *const ()) {
        println!("raw waker: wake_by_ref");
    }
    fn forget(_: *const ()) {}
    let vtable = &RawWakerVTable::new(clone, wake, wake_by_ref, forget);
    RawWaker::new(std::ptr::null(), vtable)
}

fn main() {
    block_on(async {
        let signal = Arc::new(Signal {
            waker: AtomicWaker::new(),
            set: AtomicBool::new(false),
            polls: AtomicUsize::new(0),
        });
        signal.waker.wake();
        println!("a wake with nothing registered did nothing");

        let setter = Arc::clone(&signal);
        let waiter = spawn("waiter", async move {
            poll_fn(|cx| {
                let polls = signal.polls.fetch_add(1, Ordering::SeqCst) + 1;
                println!("waiter: poll {polls}");
                signal.waker.register(cx.waker());
                if signal.set.load(Ordering::Acquire) {
                    Poll::Ready(())
                } else {
                    Poll::Pending
                }
            })
            .await;
            println!("waiter: the signal is set");
        });
        yield_now().await;
        yield_now().await;
        println!("main: setting the signal");
        let was_set = setter.set.swap(true, Ordering::Release);
        println!("it was set before: {was_set}");
        setter.waker.wake();
        setter.waker.wake();
        waiter.await;
        println!("the waiter was polled {} times", setter.polls.load(Ordering::SeqCst));

        let small = AtomicU8::new(254);
        println!("fetch_add gave {}", small.fetch_add(1, Ordering::Relaxed));
        println!("fetch_add gave {}", small.fetch_add(1, Ordering::Relaxed));
        println!("after wrapping: {}", small.load(Ordering::Relaxed));
        small.store(7, Ordering::Relaxed);
        println!("fetch_sub gave {}", small.fetch_sub(2, Ordering::Relaxed));
        println!("now {}", small.load(Ordering::Relaxed));

        poll_fn(|cx| {
            let mut copy = noop_waker();
            println!("before clone_from, will_wake: {}", copy.will_wake(cx.waker()));
            copy.clone_from(cx.waker());
            println!("after clone_from, will_wake: {}", copy.will_wake(cx.waker()));
            Poll::Ready(())
        })
        .await;

        let raw = unsafe { Waker::from_raw(loud_raw_waker()) };
        let cx = Context::from_waker(&raw);
        raw.wake_by_ref();
        cx.waker().wake_by_ref();
        println!("woken by reference twice");
        raw.wake();
    });
}
