//! Network operations that failed, kept beside the stall diagnoses (and, like them, even when
//! tracing is off) so that the Timeline can say on a task's lane why its connection failed. It
//! must never hold anything but what the failing operation returned to the program.

use std::fmt;

use super::{IoOp, NetError};
use crate::executor::TaskLabel;

/// One failed network operation and the task that attempted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFailure {
    /// The task that was being polled, or `None` outside any task.
    pub task: Option<TaskLabel>,
    /// What it attempted.
    pub op: IoOp,
    /// The error the program got back.
    pub error: NetError,
}

impl fmt::Display for NetworkFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} failed: {}", self.op, self.error)
    }
}
