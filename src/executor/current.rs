//! The executor currently running on this thread, so that free functions (`spawn`, `sleep`,
//! `println!`, the driver) can reach it. It must never keep an executor alive beyond
//! the `tick` that entered it, and never allow two executors to run nested on one thread.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;

use super::core::Core;
use super::driver::ResourceId;
use super::join::JoinHandle;
use super::task::TaskName;
use super::trace::AbortCause;

/// The message of every panic caused by needing an executor outside one.
pub(crate) const NO_EXECUTOR: &str = "no async_playground Executor is running on this thread: \
     call this inside a task run by `Executor::block_on` or `Executor::tick`";

thread_local! {
    static CURRENT: RefCell<Option<Rc<Core>>> = const { RefCell::new(None) };
    /// Whether the current executor records a trace, readable without borrowing it, so that
    /// the driver pays nothing for tracing when it is off.
    static TRACING: Cell<bool> = const { Cell::new(false) };
    /// The resource the task being polled last parked its waker on.
    static PARKED_ON: Cell<Option<ResourceId>> = const { Cell::new(None) };
}

/// Whether the running executor records a trace.
pub(crate) fn tracing() -> bool {
    TRACING.with(Cell::get)
}

/// Notes that the task being polled parks its waker on `resource`.
pub(crate) fn note_parked_on(resource: ResourceId) {
    PARKED_ON.with(|parked| parked.set(Some(resource)));
}

/// The resource noted by the last poll, clearing it.
pub(crate) fn take_parked_on() -> Option<ResourceId> {
    PARKED_ON.with(Cell::take)
}

/// Marks `core` as current until dropped.
pub(crate) struct Entered {
    _private: (),
}

/// Makes `core` the current executor.
///
/// # Panics
/// When another executor (or the same one) is already running on this thread, because a task
/// that blocks on a nested executor would freeze every other task.
pub(crate) fn enter(core: &Rc<Core>) -> Entered {
    CURRENT.with(|current| {
        let mut current = current.borrow_mut();
        assert!(
            current.is_none(),
            "an async_playground Executor is already running on this thread: \
             `tick` and `block_on` cannot be called from inside a task"
        );
        *current = Some(Rc::clone(core));
    });
    TRACING.with(|tracing| tracing.set(core.is_tracing()));
    Entered { _private: () }
}

impl Drop for Entered {
    fn drop(&mut self) {
        // Take the executor out first and drop it after the borrow ends, in case this is the
        // last reference and its tasks' destructors look for a current executor.
        let core = CURRENT
            .try_with(|current| current.borrow_mut().take())
            .ok()
            .flatten();
        let _ = TRACING.try_with(|tracing| tracing.set(false));
        drop(core);
    }
}

/// Runs `body` with the current executor, or returns `None` when none is running (including
/// while the thread is shutting down).
pub(crate) fn with_current<R>(body: impl FnOnce(&Core) -> R) -> Option<R> {
    CURRENT
        .try_with(|current| current.borrow().as_deref().map(body))
        .ok()
        .flatten()
}

/// Whether the task being polled should pause part-way, its tick's deadline having passed;
/// see [`Executor::tick_until`](super::Executor::tick_until). When it says so, the task must
/// return `Poll::Pending` at once without waking itself: the next tick resumes the same poll.
pub(crate) fn pause_if_out_of_time() -> bool {
    with_current(Core::pause_if_out_of_time).unwrap_or(false)
}

/// Ends the program from inside the poll in progress, as a panic does; see
/// [`Event::Aborted`](super::Event::Aborted). Outside a poll it does nothing.
pub(crate) fn abort(cause: AbortCause) {
    with_current(|core| core.abort(cause));
}

/// Notes that the poll in progress is being preempted, as a thread's time slice running out;
/// see [`Event::Preempted`](super::Event::Preempted). Outside a poll it does nothing.
pub(crate) fn preempt() {
    with_current(Core::preempt);
}

/// Spawns a task on the current executor; see [`Executor::spawn`](super::Executor::spawn).
///
/// # Panics
/// Outside a running executor, since there would be nobody to run the task.
pub fn spawn<F>(name: impl Into<TaskName>, future: F) -> JoinHandle<F::Output>
where
    F: Future + 'static,
    F::Output: 'static,
{
    let name = name.into();
    with_current(|core| core.spawn(name, future)).unwrap_or_else(|| panic!("{NO_EXECUTOR}"))
}

/// Spawns `future` on the current executor as the task that runs what was passed to
/// `block_on`; see [`Executor::block_on_tasks`](super::Executor::block_on_tasks).
///
/// # Panics
/// Outside a running executor, since there would be nobody to run the task.
pub(crate) fn spawn_block_on<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + 'static,
    F::Output: 'static,
{
    with_current(|core| core.spawn_block_on(future)).unwrap_or_else(|| panic!("{NO_EXECUTOR}"))
}

/// Adds a guest task to the current executor: a future the program polls itself, shown on a
/// lane of its own (see `Core::adopt_guest`). `None` outside a running executor.
pub(crate) fn adopt_guest(name: String) -> Option<super::TaskId> {
    with_current(|core| core.adopt_guest(TaskName::from(name)))
}

/// Runs `body`, the program's poll of a guest task's future, as that task's poll: what it
/// prints, wakes and spawns is the guest's doing.
pub(crate) fn as_guest<R>(task: super::TaskId, body: impl FnOnce() -> R) -> R {
    let host = with_current(|core| core.swap_current_task(Some(task))).flatten();
    let result = super::waker::WakeCause::Task(task).scope(body);
    with_current(|core| core.swap_current_task(host));
    result
}

/// Records the program's poll of a guest task's future, and whether it finished.
pub(crate) fn record_guest_poll(task: super::TaskId, finished: bool) {
    with_current(|core| core.record_guest_poll(task, finished));
}

/// Records the program's wake of a guest task, made by the task being polled.
pub(crate) fn record_guest_wake(task: super::TaskId) {
    with_current(|core| core.record_guest_wake(task));
}
