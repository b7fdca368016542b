//! Safe wakers: a `std::task::Wake` implementation that hands a task id, and who woke it, to the
//! executor running on this thread, or keeps it in a shared wake queue for the executor's next
//! drain. It must never reach an executor other than through the current-executor slot, because
//! a `Waker` may be used from anywhere, even after the executor is gone.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::Wake;

use super::current;
use super::driver::ResourceId;
use super::task::TaskId;

/// Who caused a wake, as ids only so that it can travel through a `Send` waker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WakeCause {
    Task(TaskId),
    Timer,
    Resource(ResourceId),
    External,
}

// Who is causing wakes on this thread now. The cell has no destructor, which makes it the
// cheapest kind of thread-local to reach on every poll.
thread_local! {
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
}

/// Wakes made where the executor could not take them at once (on another thread, or while it
/// was not running), in the order they happened, until its next drain.
#[derive(Default)]
pub(crate) struct WakeQueue {
    entries: Mutex<Vec<(TaskId, WakeCause)>>,
    /// Whether `entries` may be non-empty, so that checking for wakes from elsewhere costs one
    /// atomic load instead of a lock.
    nonempty: AtomicBool,
}

impl WakeQueue {
    /// Keeps a wake for the executor's next drain.
    fn push_shared(&self, task: TaskId, cause: WakeCause) {
        // A panic elsewhere cannot leave a Vec of ids half-updated, so a poisoned lock is safe.
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        entries.push((task, cause));
        self.nonempty.store(true, Ordering::Release);
    }

    /// Appends every wake kept since the last call to `batch`.
    pub(crate) fn take_into(&self, batch: &mut Vec<(TaskId, WakeCause)>) {
        if !self.nonempty.load(Ordering::Acquire) {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(PoisonError::into_inner);
        batch.append(&mut entries);
        self.nonempty.store(false, Ordering::Release);
    }
}

/// A task's index as the waker stores it.
fn task_bits(task: TaskId) -> u32 {
    u32::try_from(task.index()).unwrap_or(u32::MAX)
}

/// Whether a task was woken since its last poll began, and by whom: the waker's flag as is, a
/// byte whose meanings are the constants below, so reading it costs no conversion on each poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Notification(u8);

impl Notification {
    pub(crate) const NOT_WOKEN: Notification = Notification(0);
    pub(crate) const WOKEN: Notification = Notification(1);
    /// Woken by itself, while it was being polled (as `yield_now` does).
    pub(crate) const WOKE_ITSELF: Notification = Notification(2);
    /// Queued by spawning, for its first poll: not a wake, but a reason to poll.
    pub(crate) const SPAWNED: Notification = Notification(3);

    /// Whether the task had a reason to be polled.
    pub(crate) fn is_woken(self) -> bool {
        self != Notification::NOT_WOKEN
    }

    /// Whether this was a wake, as the counters count them.
    pub(crate) fn is_wake(self) -> bool {
        self == Notification::WOKEN || self == Notification::WOKE_ITSELF
    }
}

/// The data behind one task's `Waker`. One is made per task and shared by all its waker clones,
/// so the number of live clones is the `Arc`'s strong count.
pub(crate) struct TaskWaker {
    /// The task's index: atomic only so that a finished task's waker can be handed to the next
    /// task through a shared reference, keeping the waker and its reference count as they are.
    task: AtomicU32,
    /// A `Notification`: set by a wake, cleared when the task is polled; a wake while set does
    /// nothing, which is what makes double wakes and wakes after finishing harmless. Whether the
    /// task woke itself is set in the same step, so the counters need no other record. Written
    /// only on the executor's own thread (by a wake while it runs, or by its drain of `foreign`
    /// wakes), so a plain load and store suffice: no atomic read-modify-write on the hot path.
    notified: AtomicU8,
    /// The `Notification` of a wake made where the executor was not running (another thread,
    /// or between ticks) and kept in `queue` until its drain moves it to `notified`; while set,
    /// further such wakes are merged into it instead of queued again.
    foreign: AtomicU8,
    queue: Arc<WakeQueue>,
}

impl TaskWaker {
    /// A waker for a task about to be polled, so not yet woken.
    pub(crate) fn new(task: TaskId, queue: Arc<WakeQueue>) -> Self {
        TaskWaker {
            task: AtomicU32::new(task_bits(task)),
            notified: AtomicU8::new(Notification::NOT_WOKEN.0),
            foreign: AtomicU8::new(Notification::NOT_WOKEN.0),
            queue,
        }
    }

    /// Gives a finished task's waker data to `task`, about to be polled. The caller must have
    /// seen that no clone of the old task's waker exists (`TaskWakers::is_unshared`), so none
    /// can wake the new task by mistake.
    pub(crate) fn reuse_for(&self, task: TaskId) {
        self.task.store(task_bits(task), Ordering::Relaxed);
        self.notified
            .store(Notification::NOT_WOKEN.0, Ordering::Relaxed);
        self.foreign
            .store(Notification::NOT_WOKEN.0, Ordering::Release);
    }

    /// The task this waker wakes.
    fn task(&self) -> TaskId {
        TaskId::from_index(self.task.load(Ordering::Relaxed) as usize)
    }

    /// Clears the wake flag before a poll and says whether a wake had arrived since the last one.
    pub(crate) fn take_notification(&self) -> Notification {
        let flag = self.notified.load(Ordering::Relaxed);
        if flag != Notification::NOT_WOKEN.0 {
            self.notified
                .store(Notification::NOT_WOKEN.0, Ordering::Relaxed);
        }
        Notification(flag)
    }

    /// Whether a wake arrived since the last poll began, counting one not yet drained.
    pub(crate) fn notification(&self) -> Notification {
        match Notification(self.notified.load(Ordering::Relaxed)) {
            Notification::NOT_WOKEN => Notification(self.foreign.load(Ordering::Acquire)),
            notified => notified,
        }
    }

    /// Sets the wake flag on the executor's thread, saying whether the task was not woken yet
    /// (and so must be queued).
    fn notify(&self, notification: Notification) -> bool {
        let unset = self.notified.load(Ordering::Relaxed) == Notification::NOT_WOKEN.0;
        if unset {
            self.notified.store(notification.0, Ordering::Relaxed);
        }
        unset
    }

    /// Moves a drained wake from elsewhere to the wake flag, on the executor's thread, saying
    /// whether the task must be queued as `notify` does.
    pub(crate) fn take_foreign(&self) -> bool {
        let foreign = self
            .foreign
            .swap(Notification::NOT_WOKEN.0, Ordering::AcqRel);
        foreign != Notification::NOT_WOKEN.0 && self.notify(Notification(foreign))
    }

    /// Makes every later wake a no-op: the task has finished.
    pub(crate) fn retire(&self) {
        self.notified
            .store(Notification::WOKEN.0, Ordering::Relaxed);
        self.foreign.store(Notification::WOKEN.0, Ordering::Release);
    }
}

impl Wake for TaskWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let cause = CAUSE.with(Cell::get);
        let task = self.task();
        let notification = if cause == WakeCause::Task(task) {
            Notification::WOKE_ITSELF
        } else {
            Notification::WOKEN
        };
        // On the executor's own thread while it runs (the common case: a task waking another),
        // the wake is taken at once; only there is `notified` written.
        let taken = current::with_current(|core| {
            let mine = std::ptr::eq(core.wake_queue(), &*self.queue);
            if mine && self.notify(notification) {
                core.take_wake(task, cause);
            }
            mine
        });
        if taken == Some(true) {
            return;
        }
        let (not_woken, woken) = (Notification::NOT_WOKEN.0, notification.0);
        if self
            .foreign
            .compare_exchange(not_woken, woken, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            self.queue.push_shared(task, cause);
        }
    }
}
