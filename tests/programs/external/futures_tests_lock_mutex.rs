// Source: rust-lang/futures-rs, branch 0.3, futures/tests/lock_mutex.rs (the futures crate's
// own tests of `futures::lock::Mutex`): mutex_acquire_uncontested, mutex_wakes_waiters and
// mutex_contested.
// Adapted: no `futures_test` and no threads here: `panic_context()` is a context of futures'
// `noop_waker` (nothing wakes it), `new_count_waker()` a waker of our own that counts its
// wakes, `ready(()).pending_once()` a future that is pending once (waking itself), and
// `mutex_contested` spawns its tasks on a `LocalPool` instead of a `ThreadPool` of 16
// threads; the `#[test]` functions are called in turn by `main`, which prints each one's name
// once it passed.
use futures::channel::mpsc;
use futures::executor::{block_on, LocalPool};
use futures::future::{poll_fn, FutureExt};
use futures::lock::Mutex;
use futures::stream::StreamExt;
use futures::task::{self, noop_waker, ArcWake, Context, LocalSpawnExt, Poll};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

struct CountWaker(AtomicUsize);

impl ArcWake for CountWaker {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        arc_self.0.fetch_add(1, Ordering::SeqCst);
    }
}

fn new_count_waker() -> (task::Waker, Arc<CountWaker>) {
    let counter = Arc::new(CountWaker(AtomicUsize::new(0)));
    (task::waker(counter.clone()), counter)
}

async fn pending_once() {
    let mut polled = false;
    poll_fn(|cx| {
        if polled {
            Poll::Ready(())
        } else {
            polled = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
    .await
}

fn mutex_acquire_uncontested() {
    let mutex = Mutex::new(());
    let waker = noop_waker();
    for _ in 0..10 {
        assert!(mutex.lock().poll_unpin(&mut Context::from_waker(&waker)).is_ready());
    }
}

fn mutex_wakes_waiters() {
    let mutex = Mutex::new(());
    let (waker, counter) = new_count_waker();
    let panic_waker = noop_waker();
    let lock = mutex.lock().poll_unpin(&mut Context::from_waker(&panic_waker));
    assert!(lock.is_ready());

    let mut cx = Context::from_waker(&waker);
    let mut waiter = mutex.lock();
    assert!(waiter.poll_unpin(&mut cx).is_pending());
    assert_eq!(counter.0.load(Ordering::SeqCst), 0);

    drop(lock);

    assert_eq!(counter.0.load(Ordering::SeqCst), 1);
    assert!(waiter.poll_unpin(&mut Context::from_waker(&panic_waker)).is_ready());
}

fn mutex_contested() {
    let (tx, mut rx) = mpsc::unbounded();
    let mut pool = LocalPool::new();
    let spawner = pool.spawner();

    let tx = Arc::new(tx);
    let mutex = Arc::new(Mutex::new(0));

    let num_tasks = 1000;
    for _ in 0..num_tasks {
        let tx = tx.clone();
        let mutex = mutex.clone();
        spawner
            .spawn_local(async move {
                let mut lock = mutex.lock().await;
                pending_once().await;
                *lock += 1;
                tx.unbounded_send(()).unwrap();
                drop(lock);
            })
            .unwrap();
    }

    pool.run_until(async {
        for _ in 0..num_tasks {
            rx.next().await.unwrap();
        }
        let lock = mutex.lock().await;
        assert_eq!(num_tasks, *lock);
    });
}

fn main() {
    mutex_acquire_uncontested();
    println!("mutex_acquire_uncontested: ok");
    mutex_wakes_waiters();
    println!("mutex_wakes_waiters: ok");
    mutex_contested();
    println!("mutex_contested: ok");
}
