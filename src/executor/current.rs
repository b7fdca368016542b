//! The executor currently running on this thread, so that free functions (`spawn`, `sleep`,
//! `println!`, the loopback network) can reach it. It must never keep an executor alive beyond
//! the `tick` that entered it, and never allow two executors to run nested on one thread.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use super::core::Core;
use super::join::JoinHandle;
use super::task::TaskName;

/// The message of every panic caused by needing an executor outside one.
pub(crate) const NO_EXECUTOR: &str = "no async_playground Executor is running on this thread: \
     call this inside a task run by `Executor::block_on` or `Executor::tick`";

thread_local! {
    static CURRENT: RefCell<Option<Rc<Core>>> = const { RefCell::new(None) };
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
    Entered { _private: () }
}

impl Drop for Entered {
    fn drop(&mut self) {
        // Take the executor out first and drop it after the borrow ends, in case this is the
        // last reference and its tasks' destructors look for a current executor.
        let core = CURRENT.try_with(|current| current.borrow_mut().take()).ok().flatten();
        drop(core);
    }
}

/// Runs `body` with the current executor, or returns `None` when none is running (including
/// while the thread is shutting down).
pub(crate) fn with_current<R>(body: impl FnOnce(&Core) -> R) -> Option<R> {
    CURRENT.try_with(|current| current.borrow().as_deref().map(body)).ok().flatten()
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
