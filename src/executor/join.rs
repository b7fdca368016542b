//! `JoinHandle`: the future that yields a spawned task's output. It must never poll the task
//! itself; the executor does, and the task's wrapper hands the output over here.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::task::TaskId;

struct JoinState<T> {
    output: Option<T>,
    waiter: Option<Waker>,
    taken: bool,
}

/// Awaiting it gives the spawned task's output. Dropping it detaches the task, which still runs.
pub struct JoinHandle<T> {
    task: TaskId,
    state: Rc<RefCell<JoinState<T>>>,
}

/// The task's side of a [`JoinHandle`]: where the finished task puts its output.
pub(crate) struct JoinSlot<T> {
    state: Rc<RefCell<JoinState<T>>>,
}

/// A connected handle and slot for the task `task`.
pub(crate) fn join_pair<T>(task: TaskId) -> (JoinHandle<T>, JoinSlot<T>) {
    let state = Rc::new(RefCell::new(JoinState { output: None, waiter: None, taken: false }));
    (JoinHandle { task, state: Rc::clone(&state) }, JoinSlot { state })
}

impl<T> JoinSlot<T> {
    /// Stores the output and wakes whoever awaits the handle.
    pub(crate) fn complete(self, output: T) {
        let waiter = {
            let mut state = self.state.borrow_mut();
            state.output = Some(output);
            state.waiter.take()
        };
        if let Some(waiter) = waiter {
            waiter.wake();
        }
    }
}

impl<T> JoinHandle<T> {
    /// The task this handle joins.
    pub fn task_id(&self) -> TaskId {
        self.task
    }

    /// Whether the task has finished (its output may already have been taken).
    pub fn is_finished(&self) -> bool {
        let state = self.state.borrow();
        state.output.is_some() || state.taken
    }

    /// Takes the output if the task has finished and nobody took it yet.
    pub fn take_output(&self) -> Option<T> {
        let mut state = self.state.borrow_mut();
        let output = state.output.take();
        state.taken |= output.is_some();
        output
    }
}

impl<T> Future for JoinHandle<T> {
    type Output = T;

    /// # Panics
    /// When polled again after it returned Ready, like any completed future.
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        if let Some(output) = self.take_output() {
            return Poll::Ready(output);
        }
        let mut state = self.state.borrow_mut();
        assert!(!state.taken, "JoinHandle polled after it already returned the task's output");
        match &mut state.waiter {
            Some(waiter) => waiter.clone_from(cx.waker()),
            None => state.waiter = Some(cx.waker().clone()),
        }
        Poll::Pending
    }
}
