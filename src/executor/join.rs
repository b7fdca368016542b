//! `JoinHandle`: the future that yields a spawned task's output. It must never poll the task
//! itself; the executor does, and keeps the finished task's output in the task's slot until the
//! handle takes it.

use std::any::Any;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::rc::Weak;
use std::task::{Context, Poll, Waker};

use super::core::Core;
use super::task::TaskId;

/// Where a task's output stands. Kept in the task's slot, so joining costs no allocation of its
/// own (and none at all for `()` outputs).
pub(crate) enum JoinState {
    /// The task runs; the waker is the task awaiting its handle, if any.
    Running(Option<Waker>),
    /// The task finished and its output waits to be taken.
    Finished(Box<dyn Any>),
    /// The output was taken.
    Taken,
}

impl JoinState {
    /// Takes the output if there is one; otherwise parks `waiter` (when given) to be woken when
    /// the task finishes.
    ///
    /// # Panics
    /// When the output was already taken, like any future polled after completion.
    pub(crate) fn take_or_park(&mut self, waiter: Option<&Waker>) -> Option<Box<dyn Any>> {
        match std::mem::replace(self, JoinState::Taken) {
            JoinState::Finished(output) => Some(output),
            JoinState::Taken => {
                panic!("JoinHandle polled after it already returned the task's output")
            }
            JoinState::Running(parked) => {
                *self = JoinState::Running(waiter.cloned().or(parked));
                None
            }
        }
    }
}

/// Awaiting it gives the spawned task's output. Dropping it detaches the task, which still runs.
pub struct JoinHandle<T> {
    core: Weak<Core>,
    task: TaskId,
    output: PhantomData<fn() -> T>,
}

impl<T: 'static> JoinHandle<T> {
    pub(crate) fn new(core: Weak<Core>, task: TaskId) -> Self {
        JoinHandle {
            core,
            task,
            output: PhantomData,
        }
    }

    /// The task this handle joins.
    pub fn task_id(&self) -> TaskId {
        self.task
    }

    /// Whether the task has finished (its output may already have been taken).
    pub fn is_finished(&self) -> bool {
        self.core
            .upgrade()
            .is_some_and(|core| core.is_finished(self.task))
    }

    /// Takes the output if the task has finished and nobody took it yet.
    pub fn take_output(&self) -> Option<T> {
        self.take_or_park(None)
    }

    fn take_or_park(&self, waiter: Option<&Waker>) -> Option<T> {
        // Without its executor the task can never finish, so there is never an output.
        let output = self
            .core
            .upgrade()?
            .take_output_or_park(self.task, waiter)?;
        match output.downcast::<T>() {
            Ok(output) => Some(*output),
            Err(_) => unreachable!("a task's output has the type its JoinHandle names"),
        }
    }
}

impl<T: 'static> Future for JoinHandle<T> {
    type Output = T;

    /// # Panics
    /// When polled again after it returned Ready, like any completed future.
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<T> {
        match self.take_or_park(Some(cx.waker())) {
            Some(output) => Poll::Ready(output),
            None => Poll::Pending,
        }
    }
}
