//! The trace: every observable thing the executor and its driver (the network) do, as a closed
//! `enum Event` (whose driver events are the driver's own type) with numbered entries, each rendering as one plain English sentence. Events are
//! stored as packed id-only records (`encoding`, `store`) and turned into `Event`s when read, so
//! that long runs stay cheap to record. It must never hold wall-clock time or anything whose
//! order is not fixed by the program, so that the same program always gives the same trace.

mod encoding;
mod store;
mod words;

use std::fmt;
use std::rc::Rc;

use super::diagnosis::StallDiagnosis;
use super::driver::{DriverEvent, ResourceLabel};
use super::task::TaskLabel;

pub(crate) use self::encoding::Record;
pub use self::store::{Entries, Trace, TraceCursor};

/// What a poll returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PollOutcome {
    /// The task is not done and waits for a wake.
    Pending,
    /// The task finished.
    Ready,
}

/// Who woke a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WakeSource {
    /// The task that was being polled when the wake happened (possibly the woken task itself).
    Task(TaskLabel),
    /// A `sleep` timer whose deadline arrived on the virtual clock.
    Timer,
    /// A resource of the driver (such as a socket) that became ready.
    Resource(ResourceLabel),
    /// Code outside any task, such as a test or the browser.
    External,
}

impl fmt::Display for WakeSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WakeSource::Task(task) => write!(f, "task {task}"),
            WakeSource::Timer => f.write_str("a timer"),
            WakeSource::Resource(resource) => write!(f, "{resource}"),
            WakeSource::External => f.write_str("code outside the executor"),
        }
    }
}

/// Why a task's poll ended the whole program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AbortCause {
    /// The task panicked with this message: as in a compiled program, the panic leaves the
    /// executor, so no task runs after it.
    Panic(String),
    /// The interpreter stopped the task at one of its limits (an endless loop, say), with this
    /// explanation.
    Limit(String),
}

/// Everything the views can observe, in the order it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A task was created and queued for its first poll.
    Spawned {
        /// The new task.
        task: TaskLabel,
    },
    /// A task's `poll` returned.
    Polled {
        /// The polled task.
        task: TaskLabel,
        /// What `poll` returned.
        outcome: PollOutcome,
    },
    /// A task's waker was used while the task was unfinished and not already woken.
    Woken {
        /// The woken task.
        task: TaskLabel,
        /// Who used the waker.
        by: WakeSource,
    },
    /// The virtual clock jumped forward because only timers were left to wait for.
    TimeAdvanced {
        /// Virtual milliseconds before the jump.
        from_ms: u64,
        /// Virtual milliseconds after the jump.
        to_ms: u64,
    },
    /// A `sleep` reached its deadline.
    TimerFired {
        /// The task that started the sleep, if it was started inside a task.
        owner: Option<TaskLabel>,
        /// The deadline in virtual milliseconds.
        deadline_ms: u64,
    },
    /// Something the driver did, in its own terms: for the network, a socket that became ready
    /// or an operation attempted on one (downcast to `net::NetEvent` to read it).
    Driver(Rc<dyn DriverEvent>),
    /// A line printed by the program through the prelude's `println!`.
    Output {
        /// The task that printed, or `None` outside any task.
        task: Option<TaskLabel>,
        /// The line, without its newline.
        text: String,
    },
    /// Something the executor can prove about the program, such as a lost waker.
    Diagnosis(StallDiagnosis),
    /// Threads mode: the task's time slice ran out mid-poll, and it went back to the run queue,
    /// as a preempted thread does. Recorded in place of that poll's wake by itself and
    /// `Polled`.
    Preempted {
        /// The task switched out.
        task: TaskLabel,
    },
    /// A task's poll ended the program (it panicked): recorded in place of that poll's
    /// `Polled`, and nothing is polled after it.
    Aborted {
        /// The task whose poll ended the program.
        task: TaskLabel,
        /// Why it ended.
        cause: AbortCause,
    },
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Event::Spawned { task } => write!(f, "task {task} spawned"),
            Event::Polled { task, outcome } => write!(f, "task {task} polled: {outcome:?}"),
            Event::Woken { task, by } => write!(f, "task {task} woken by {by}"),
            Event::TimeAdvanced { from_ms, to_ms } => {
                write!(f, "virtual time jumped from {from_ms} ms to {to_ms} ms")
            }
            Event::TimerFired {
                owner: Some(task),
                deadline_ms,
            } => {
                write!(f, "timer of task {task} fired at {deadline_ms} ms")
            }
            Event::TimerFired {
                owner: None,
                deadline_ms,
            } => {
                write!(f, "timer fired at {deadline_ms} ms")
            }
            Event::Driver(event) => write!(f, "{event}"),
            Event::Output {
                task: Some(task),
                text,
            } => write!(f, "task {task} printed {text:?}"),
            Event::Output { task: None, text } => write!(f, "printed {text:?}"),
            Event::Diagnosis(diagnosis) => write!(f, "{diagnosis}"),
            Event::Preempted { task } => {
                write!(f, "task {task} preempted: its time slice ran out")
            }
            Event::Aborted {
                task,
                cause: AbortCause::Panic(message),
            } => write!(f, "task {task} panicked: {message}"),
            Event::Aborted {
                task,
                cause: AbortCause::Limit(message),
            } => write!(
                f,
                "task {task} was stopped by a playground limit: {message}"
            ),
        }
    }
}

/// One numbered event with the virtual time at which it happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceEntry {
    /// Position in the trace, starting at 1.
    pub seq: u64,
    /// Virtual milliseconds when it happened.
    pub time_ms: u64,
    /// What happened.
    pub event: Event,
}

impl fmt::Display for TraceEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.seq, self.event)
    }
}
