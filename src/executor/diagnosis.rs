//! Stall diagnoses the executor can state exactly because it is deterministic: lost wakers,
//! deadlocks and fruitless busy polling. It must never guess: each variant is only built when
//! the condition it names has been established.

use std::fmt;

use super::driver::ResourceLabel;
use super::task::TaskLabel;

/// A task that can no longer run, and the resource (such as a socket) it waits on, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParkedTask {
    /// The stuck task.
    pub task: TaskLabel,
    /// The resource holding its waker, if it is waiting on one.
    pub resource: Option<ResourceLabel>,
}

impl fmt::Display for ParkedTask {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.resource {
            Some(resource) => write!(f, "{} (waiting on {resource})", self.task),
            None => write!(f, "{}", self.task),
        }
    }
}

/// A proven problem in the running program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StallDiagnosis {
    /// The task returned Pending, is not queued, and no clone of its waker exists anywhere, so
    /// nothing can ever wake it.
    LostWaker {
        /// The task that will never run again.
        task: TaskLabel,
    },
    /// No task is ready and no timer is pending, yet these tasks are unfinished.
    Deadlock {
        /// Every unfinished task, in spawn order.
        parked: Vec<ParkedTask>,
    },
    /// Under busy polling, this many rounds in a row polled every task without any being woken
    /// or finishing, and no timer is pending.
    FruitlessPolling {
        /// How many rounds made no progress.
        rounds: u64,
        /// The tasks still unfinished.
        parked: Vec<ParkedTask>,
    },
}

impl fmt::Display for StallDiagnosis {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StallDiagnosis::LostWaker { task } => {
                write!(f, "lost waker: task {task} can never run again")
            }
            StallDiagnosis::Deadlock { parked } => {
                write!(
                    f,
                    "deadlock: no task is ready and no timer is pending, but "
                )?;
                write!(f, "these tasks are unfinished: {}", list(parked))
            }
            StallDiagnosis::FruitlessPolling { rounds, parked } => {
                write!(f, "busy polling made no progress in {rounds} rounds; ")?;
                write!(f, "unfinished tasks: {}", list(parked))
            }
        }
    }
}

fn list(parked: &[ParkedTask]) -> String {
    let names: Vec<String> = parked.iter().map(ParkedTask::to_string).collect();
    names.join(", ")
}
