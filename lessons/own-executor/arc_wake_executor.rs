// The async book's executor (chapter 2.4): a channel of `Arc<Task>` is the run queue, and a
// task's waker, made by `ArcWake`, sends the task back into that channel. The playground traces
// the learner's executor as it traces its own: every task it polls gets a lane. The timer thread
// of the book is a second task here, `fire`, which completes the timer and wakes the waiter.
use async_playground::prelude::println;
use futures::future::{BoxFuture, FutureExt};
use futures::task::{waker_ref, ArcWake};
use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

struct SharedState {
    completed: bool,
    waker: Option<Waker>,
}

struct TimerFuture {
    shared_state: Arc<Mutex<SharedState>>,
}

impl Future for TimerFuture {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut shared_state = self.shared_state.lock().unwrap();
        if shared_state.completed {
            Poll::Ready(())
        } else {
            shared_state.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

/// What the book's timer thread does when its sleep ends.
fn fire(shared_state: &Arc<Mutex<SharedState>>) {
    let mut shared_state = shared_state.lock().unwrap();
    shared_state.completed = true;
    if let Some(waker) = shared_state.waker.take() {
        waker.wake()
    }
}

/// A future that can put itself back on the run queue.
struct Task {
    future: Mutex<Option<BoxFuture<'static, ()>>>,
    task_sender: SyncSender<Arc<Task>>,
}

impl ArcWake for Task {
    fn wake_by_ref(arc_self: &Arc<Self>) {
        let cloned = arc_self.clone();
        arc_self.task_sender.try_send(cloned).expect("too many tasks queued");
    }
}

fn spawn(task_sender: &SyncSender<Arc<Task>>, future: impl Future<Output = ()> + Send + 'static) {
    let task = Arc::new(Task {
        future: Mutex::new(Some(future.boxed())),
        task_sender: task_sender.clone(),
    });
    task_sender.try_send(task).expect("too many tasks queued");
}

/// Polls each task that arrives on the queue, until every sender is gone and the queue is empty.
fn run(ready_queue: Receiver<Arc<Task>>) {
    while let Ok(task) = ready_queue.recv() {
        let mut future_slot = task.future.lock().unwrap();
        if let Some(mut future) = future_slot.take() {
            let waker = waker_ref(&task);
            let context = &mut Context::from_waker(&waker);
            if future.as_mut().poll(context).is_pending() {
                *future_slot = Some(future);
            }
        }
    }
}

fn main() {
    let (task_sender, ready_queue) = sync_channel(100);
    let shared_state = Arc::new(Mutex::new(SharedState {
        completed: false,
        waker: None,
    }));
    let timer = TimerFuture {
        shared_state: shared_state.clone(),
    };
    spawn(&task_sender, async {
        println!("howdy!");
        timer.await;
        println!("done!");
    });
    spawn(&task_sender, async move {
        println!("timer fires");
        fire(&shared_state);
    });
    drop(task_sender); // the tasks keep their own senders; the queue closes when they finish
    run(ready_queue);
}
