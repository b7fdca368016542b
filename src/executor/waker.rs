//! Safe wakers: a `std::task::Wake` implementation that puts a task id on a shared wake queue,
//! remembering who woke it. It must never touch executor state directly, because a `Waker` may be
//! used from anywhere, even after the executor is gone.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::Wake;

use super::task::TaskId;
use crate::net::SocketId;

/// Who caused a wake, as ids only so that it can travel through a `Send` waker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WakeCause {
    Task(TaskId),
    Timer,
    Socket(SocketId),
    External,
}

thread_local! {
    /// What the executor is doing right now on this thread, so a wake can say who caused it.
    static CAUSE: Cell<WakeCause> = const { Cell::new(WakeCause::External) };
}

impl WakeCause {
    /// Runs `body` with wakes attributed to `self`, then restores the previous cause.
    pub(crate) fn scope<R>(self, body: impl FnOnce() -> R) -> R {
        let previous = CAUSE.with(|cause| cause.replace(self));
        let result = body();
        CAUSE.with(|cause| cause.set(previous));
        result
    }

    fn current() -> WakeCause {
        CAUSE.with(Cell::get)
    }
}

/// Wakes noted but not yet seen by the executor, in the order they happened.
#[derive(Default)]
pub(crate) struct WakeQueue {
    entries: Mutex<Vec<(TaskId, WakeCause)>>,
    /// Whether `entries` may be non-empty, so that draining after a poll that woke nobody
    /// costs one atomic load instead of a lock.
    nonempty: AtomicBool,
}

impl WakeQueue {
    fn push(&self, task: TaskId, cause: WakeCause) {
        // A panic elsewhere cannot leave a Vec of ids half-updated, so a poisoned lock is safe.
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.push((task, cause));
        self.nonempty.store(true, Ordering::Release);
    }

    /// Moves every pending wake into `batch` (which must be empty), keeping both allocations.
    pub(crate) fn take_into(&self, batch: &mut Vec<(TaskId, WakeCause)>) {
        if !self.nonempty.load(Ordering::Acquire) {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        std::mem::swap(&mut *entries, batch);
        self.nonempty.store(false, Ordering::Release);
    }
}

/// The data behind one task's `Waker`. One is made per task and shared by all its waker clones,
/// so the number of live clones is the `Arc`'s strong count.
pub(crate) struct TaskWaker {
    task: TaskId,
    /// Set by a wake, cleared when the task is polled; a wake while set does nothing, which is
    /// what makes double wakes and wakes after finishing harmless.
    notified: AtomicBool,
    queue: Arc<WakeQueue>,
}

impl TaskWaker {
    /// A waker for a task that starts out queued, as a newly spawned task is.
    pub(crate) fn new(task: TaskId, queue: Arc<WakeQueue>) -> Self {
        TaskWaker { task, notified: AtomicBool::new(true), queue }
    }

    /// Clears the wake flag before a poll and says whether a wake had arrived since the last one.
    pub(crate) fn take_notification(&self) -> bool {
        self.notified.swap(false, Ordering::AcqRel)
    }

    /// Whether a wake arrived since the last poll began.
    pub(crate) fn is_notified(&self) -> bool {
        self.notified.load(Ordering::Acquire)
    }

    /// Makes every later wake a no-op: the task has finished.
    pub(crate) fn retire(&self) {
        self.notified.store(true, Ordering::Release);
    }
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        if !self.notified.swap(true, Ordering::AcqRel) {
            self.queue.push(self.task, WakeCause::current());
        }
    }
}
