//! The trace: every observable thing the executor and the loopback network do, as a closed
//! `enum Event` with numbered entries, each rendering as one plain English sentence. Events are
//! stored as compact id-only records and turned into `Event`s when read, so that long runs stay
//! cheap to record. It must never hold wall-clock time or anything whose order is not fixed by
//! the program, so that the same program always gives the same trace.

use std::fmt;

use super::chunked::ChunkedVec;
use super::diagnostic::Diagnostic;
use super::task::{TaskId, TaskLabel, TaskName};
use super::waker::WakeCause;
use crate::net::{IoOp, IoOutcome, NetError, Readiness, SocketId};

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
    /// A loopback socket that became ready.
    Socket(SocketId),
    /// Code outside any task, such as a test or the browser.
    External,
}

impl fmt::Display for WakeSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WakeSource::Task(task) => write!(f, "task {task}"),
            WakeSource::Timer => f.write_str("a timer"),
            WakeSource::Socket(socket) => write!(f, "{socket}"),
            WakeSource::External => f.write_str("code outside the executor"),
        }
    }
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
    /// A loopback socket changed in a way that can unblock a waiting task.
    SocketReady {
        /// The socket that changed.
        socket: SocketId,
        /// What it is now ready for.
        readiness: Readiness,
    },
    /// A loopback operation was attempted.
    Io {
        /// The task that attempted it, or `None` outside any task.
        task: Option<TaskLabel>,
        /// The socket operated on: the listener for bind and accept, the stream otherwise.
        socket: Option<SocketId>,
        /// Which operation.
        op: IoOp,
        /// How this attempt ended.
        outcome: IoOutcome,
    },
    /// A line printed by the program through the prelude's `println!`.
    Output {
        /// The task that printed, or `None` outside any task.
        task: Option<TaskLabel>,
        /// The line, without its newline.
        text: String,
    },
    /// Something the executor can prove about the program, such as a lost waker.
    Diagnostic(Diagnostic),
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
            Event::SocketReady { socket, readiness } => write!(f, "{socket} {readiness}"),
            Event::Io {
                task,
                socket,
                op,
                outcome,
            } => {
                if let Some(task) = task {
                    write!(f, "task {task} ")?;
                }
                match socket {
                    Some(socket) => write!(f, "{op} on {socket}: {outcome}"),
                    None => write!(f, "{op}: {outcome}"),
                }
            }
            Event::Output {
                task: Some(task),
                text,
            } => write!(f, "task {task} printed {text:?}"),
            Event::Output { task: None, text } => write!(f, "printed {text:?}"),
            Event::Diagnostic(diagnostic) => write!(f, "{diagnostic}"),
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

/// How the trace stores an event: 16 bytes, `Copy`, ids instead of names, and the rare payloads
/// with heap data (printed text, diagnostics, errors) kept aside by index, so that recording
/// millions of events touches little memory and dropping them costs nothing.
#[derive(Clone, Copy)]
pub(crate) enum Record {
    Spawned(TaskId),
    Polled(TaskId, PollOutcome),
    Woken(TaskId, WakeCause),
    /// The time it jumped from and to are the trace's time marks around this record.
    TimeAdvanced,
    /// A timer always fires at the current virtual time, so only its owner is stored.
    TimerFired(Option<TaskId>),
    SocketReady(SocketId, Readiness),
    Io {
        task: Option<TaskId>,
        socket: Option<SocketId>,
        op: IoOp,
        outcome: IoCode,
        value: u32,
    },
    Output(Option<TaskId>, PayloadId),
    Diagnostic(PayloadId),
}

/// `IoOutcome` without its payload: the value (a socket, a byte count or a payload) is stored
/// beside it.
#[derive(Clone, Copy)]
pub(crate) enum IoCode {
    WouldBlock,
    Opened,
    Transferred,
    EndOfFile,
    Failed,
}

/// The index of a payload kept aside by the trace.
#[derive(Clone, Copy)]
pub(crate) struct PayloadId(u32);

/// Heap data of rare events.
enum Payload {
    Text(Box<str>),
    Diagnostic(Diagnostic),
    Error(NetError),
}

/// The recorded events of one executor. When recording is off, nothing is built or stored.
pub struct Trace {
    enabled: bool,
    records: ChunkedVec<Record>,
    payloads: Vec<Payload>,
    /// Where the virtual time changed: (index of the first record at that time, the time).
    /// Time changes rarely, so this is far smaller than a time stamp on every record.
    time_marks: Vec<(usize, u64)>,
    /// Task names by task index, for turning records back into events.
    names: ChunkedVec<TaskName>,
}

impl Trace {
    pub(crate) fn new(enabled: bool) -> Self {
        Trace {
            enabled,
            records: ChunkedVec::default(),
            payloads: Vec::new(),
            time_marks: Vec::new(),
            names: ChunkedVec::default(),
        }
    }

    pub(crate) fn set_enabled(&mut self, enabled: bool) {
        self.enabled = enabled;
    }

    /// Records the record built by `record`, which is only called when recording is on.
    pub(crate) fn record(&mut self, time_ms: u64, record: impl FnOnce() -> Record) {
        if self.enabled {
            if self.time_marks.last().map_or(0, |&(_, time)| time) != time_ms {
                self.time_marks.push((self.records.len(), time_ms));
            }
            self.records.push(record());
        }
    }

    fn keep(&mut self, payload: Payload) -> PayloadId {
        self.payloads.push(payload);
        PayloadId(u32::try_from(self.payloads.len() - 1).unwrap_or(u32::MAX))
    }

    pub(crate) fn record_output(&mut self, time_ms: u64, task: Option<TaskId>, text: &str) {
        if self.enabled {
            let text = self.keep(Payload::Text(text.into()));
            self.record(time_ms, || Record::Output(task, text));
        }
    }

    pub(crate) fn record_diagnostic(&mut self, time_ms: u64, diagnostic: &Diagnostic) {
        if self.enabled {
            let diagnostic = self.keep(Payload::Diagnostic(diagnostic.clone()));
            self.record(time_ms, || Record::Diagnostic(diagnostic));
        }
    }

    /// Records one attempt at a loopback operation by `task`.
    pub(crate) fn record_io(
        &mut self,
        time_ms: u64,
        task: Option<TaskId>,
        socket: Option<SocketId>,
        op: IoOp,
        outcome: IoOutcome,
    ) {
        if !self.enabled {
            return;
        }
        let (outcome, value) = match outcome {
            IoOutcome::WouldBlock => (IoCode::WouldBlock, 0),
            IoOutcome::Opened(socket) => (IoCode::Opened, socket.index() as u32),
            IoOutcome::Transferred { bytes } => (
                IoCode::Transferred,
                u32::try_from(bytes).unwrap_or(u32::MAX),
            ),
            IoOutcome::EndOfFile => (IoCode::EndOfFile, 0),
            IoOutcome::Failed(error) => (IoCode::Failed, self.keep(Payload::Error(*error)).0),
        };
        self.record(time_ms, || Record::Io {
            task,
            socket,
            op,
            outcome,
            value,
        });
    }

    /// Learns the name of a newly spawned task, if every earlier name is known.
    pub(crate) fn learn_name(&mut self, task: TaskId, name: &TaskName) {
        if self.names.len() == task.index() {
            self.names.push(name.clone());
        }
    }

    /// Learns the names of all tasks spawned so far, given in spawn order.
    pub(crate) fn learn_names<'a>(&mut self, names: impl Iterator<Item = &'a TaskName>) {
        let known = self.names.len();
        names
            .skip(known)
            .for_each(|name| self.names.push(name.clone()));
    }

    /// How many events were recorded.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.records.len() == 0
    }

    /// The entry at `index` (its `seq` is `index + 1`).
    pub fn get(&self, index: usize) -> Option<TraceEntry> {
        let record = self.records.get(index)?;
        let marks_before = self
            .time_marks
            .partition_point(|&(first, _)| first <= index);
        let time_at = |marks: usize| {
            marks
                .checked_sub(1)
                .map_or(0, |mark| self.time_marks[mark].1)
        };
        let (time_ms, previous_ms) = (
            time_at(marks_before),
            time_at(marks_before.saturating_sub(1)),
        );
        let event = self.event(*record, time_ms, previous_ms);
        Some(TraceEntry {
            seq: index as u64 + 1,
            time_ms,
            event,
        })
    }

    /// Every entry in order.
    pub fn entries(&self) -> impl Iterator<Item = TraceEntry> + '_ {
        (0..self.len()).filter_map(|index| self.get(index))
    }

    /// The whole trace as text, one numbered sentence per line: the narration view, and what
    /// tests compare against snapshots.
    pub fn render(&self) -> String {
        self.entries().map(|entry| format!("{entry}\n")).collect()
    }

    fn label(&self, task: TaskId) -> TaskLabel {
        let name = self.names.get(task.index()).cloned();
        TaskLabel {
            id: task,
            name: name.unwrap_or_else(|| TaskName::from(task.to_string())),
        }
    }

    fn source(&self, cause: WakeCause) -> WakeSource {
        match cause {
            WakeCause::Task(task) => WakeSource::Task(self.label(task)),
            WakeCause::Timer => WakeSource::Timer,
            WakeCause::Socket(socket) => WakeSource::Socket(socket),
            WakeCause::External => WakeSource::External,
        }
    }

    /// Turns a record back into an event; `time_ms` is the time it happened at and
    /// `previous_ms` the time before the last jump.
    fn event(&self, record: Record, time_ms: u64, previous_ms: u64) -> Event {
        let label = |task: Option<TaskId>| task.map(|task| self.label(task));
        match record {
            Record::Spawned(task) => Event::Spawned {
                task: self.label(task),
            },
            Record::Polled(task, outcome) => Event::Polled {
                task: self.label(task),
                outcome,
            },
            Record::Woken(task, cause) => Event::Woken {
                task: self.label(task),
                by: self.source(cause),
            },
            Record::TimeAdvanced => Event::TimeAdvanced {
                from_ms: previous_ms,
                to_ms: time_ms,
            },
            Record::TimerFired(owner) => Event::TimerFired {
                owner: label(owner),
                deadline_ms: time_ms,
            },
            Record::SocketReady(socket, readiness) => Event::SocketReady { socket, readiness },
            Record::Io {
                task,
                socket,
                op,
                outcome,
                value,
            } => Event::Io {
                task: label(task),
                socket,
                op,
                outcome: self.io_outcome(outcome, value),
            },
            Record::Output(task, text) => Event::Output {
                task: label(task),
                text: self.text(text),
            },
            Record::Diagnostic(diagnostic) => Event::Diagnostic(self.diagnostic(diagnostic)),
        }
    }

    fn io_outcome(&self, code: IoCode, value: u32) -> IoOutcome {
        match code {
            IoCode::WouldBlock => IoOutcome::WouldBlock,
            IoCode::Opened => IoOutcome::Opened(SocketId::from_index(value as usize)),
            IoCode::Transferred => IoOutcome::Transferred {
                bytes: value as usize,
            },
            IoCode::EndOfFile => IoOutcome::EndOfFile,
            IoCode::Failed => match self.payloads.get(value as usize) {
                Some(Payload::Error(error)) => IoOutcome::Failed(Box::new(error.clone())),
                _ => unreachable!("a failed operation's record points at its error"),
            },
        }
    }

    fn text(&self, payload: PayloadId) -> String {
        match self.payloads.get(payload.0 as usize) {
            Some(Payload::Text(text)) => text.to_string(),
            _ => unreachable!("an output record points at its text"),
        }
    }

    fn diagnostic(&self, payload: PayloadId) -> Diagnostic {
        match self.payloads.get(payload.0 as usize) {
            Some(Payload::Diagnostic(diagnostic)) => diagnostic.clone(),
            _ => unreachable!("a diagnostic record points at its diagnostic"),
        }
    }
}
