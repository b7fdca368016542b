//! Safe wakers: a `std::task::Wake` implementation that puts a task id on a shared wake queue,
//! remembering who woke it. It must never touch executor state directly, because a `Waker` may be
//! used from anywhere, even after the executor is gone.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::Wake;

use super::current;
use super::task::TaskId;
use super::trace::Record;
use crate::net::SocketId;

/// Who caused a wake, as ids only so that it can travel through a `Send` waker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WakeCause {
    Task(TaskId),
    Timer,
    Socket(SocketId),
    External,
}

// Per-thread wake state: who is causing wakes now, which executor runs here, and a lock-free
// list for that executor's wakes (the common case: a task waking another). The two cells have
// no destructor, which makes them the cheapest kind of thread-local to reach on every poll.
thread_local! {
    static CAUSE: Cell<WakeCause> = const { Cell::new(WakeCause::External) };
    /// The address of the running executor's `WakeQueue`, or 0 when none runs here.
    static RUNNING_QUEUE: Cell<usize> = const { Cell::new(0) };
    static LOCAL_WAKES: RefCell<Vec<(TaskId, WakeCause)>> = const { RefCell::new(Vec::new()) };
}

impl WakeCause {
    /// Runs `body` with wakes attributed to `self`, then restores the previous cause.
    pub(crate) fn scope<R>(self, body: impl FnOnce() -> R) -> R {
        let previous = CAUSE.with(|cause| cause.replace(self));
        let result = body();
        CAUSE.with(|cause| cause.set(previous));
        result
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
    fn address(&self) -> usize {
        std::ptr::from_ref(self) as usize
    }

    /// Notes a wake: without a lock when this queue's executor runs on this thread.
    fn push(&self, task: TaskId) {
        let cause = CAUSE.with(Cell::get);
        let here = RUNNING_QUEUE.with(Cell::get) == self.address();
        if !here
            || LOCAL_WAKES
                .try_with(|local| local.borrow_mut().push((task, cause)))
                .is_err()
        {
            self.push_shared(task, cause);
            return;
        }
        // Recorded the moment it happens, so the narration tells wakes in their true order
        // without draining the queue after every poll.
        if current::tracing() {
            current::with_current(|core| core.record(Record::Woken(task, cause)));
        }
    }

    fn push_shared(&self, task: TaskId, cause: WakeCause) {
        // A panic elsewhere cannot leave a Vec of ids half-updated, so a poisoned lock is safe.
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.push((task, cause));
        self.nonempty.store(true, Ordering::Release);
    }

    /// Marks this queue's executor as running on this thread, so its wakes skip the lock.
    pub(crate) fn run_here(&self) {
        RUNNING_QUEUE.with(|running| running.set(self.address()));
    }

    /// Ends `run_here`, moving any wake not yet drained to the shared list so none is lost.
    pub(crate) fn stop_here(&self) {
        RUNNING_QUEUE.with(|running| running.set(0));
        // Drained rather than taken, so the list keeps its capacity for the next tick.
        let _ = LOCAL_WAKES.try_with(|local| {
            let mut local = local.borrow_mut();
            local
                .drain(..)
                .for_each(|(task, cause)| self.push_shared(task, cause));
        });
    }

    /// Appends every pending wake to `batch`: first those made on this thread while the
    /// executor ran (already in the trace), then those from elsewhere. Returns how many came
    /// from this thread.
    pub(crate) fn take_into(&self, batch: &mut Vec<(TaskId, WakeCause)>) -> usize {
        if RUNNING_QUEUE.with(Cell::get) == self.address() {
            // Only the thread running the executor drains it, and it is never torn down then.
            // Swapping an empty batch for the list moves no wake and keeps both capacities.
            LOCAL_WAKES.with(|local| {
                let mut local = local.borrow_mut();
                if batch.is_empty() {
                    std::mem::swap(batch, &mut local);
                } else {
                    batch.append(&mut local);
                }
            });
        }
        let local = batch.len();
        if !self.nonempty.load(Ordering::Acquire) {
            return local;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        batch.append(&mut entries);
        self.nonempty.store(false, Ordering::Release);
        local
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
    /// A waker for a task about to be polled, so not yet woken.
    pub(crate) fn new(task: TaskId, queue: Arc<WakeQueue>) -> Self {
        TaskWaker {
            task,
            notified: AtomicBool::new(false),
            queue,
        }
    }

    /// Gives a finished task's waker data to `task`, about to be polled; `&mut` proves that no
    /// clone of the old task's waker exists to wake the new task by mistake.
    pub(crate) fn reuse_for(&mut self, task: TaskId) {
        self.task = task;
        *self.notified.get_mut() = false;
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
            self.queue.push(self.task);
        }
    }
}
