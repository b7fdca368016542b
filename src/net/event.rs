//! The network's events in the executor's trace: a socket that became ready and an operation
//! attempted on one, packed into the driver records the trace stores (one to three words, as the
//! executor's own events) and turned back into `NetEvent`s when the trace is read. It must never
//! lose information an event carries: every record decodes back to the event that made it.

use std::fmt;

use super::{IoOp, IoOutcome, NetError, Readiness, SocketId};
use crate::executor::driver::DriverRecord;
use crate::executor::{TaskId, TaskLabel};

/// Something the network did, as the trace tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetEvent {
    /// A socket changed in a way that can unblock a waiting task.
    SocketReady {
        /// The socket that changed.
        socket: SocketId,
        /// What it is now ready for.
        readiness: Readiness,
    },
    /// A network operation was attempted.
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
}

impl fmt::Display for NetEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetEvent::SocketReady { socket, readiness } => write!(f, "{socket} {readiness}"),
            NetEvent::Io {
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
        }
    }
}

// The head of a record: one bit telling an operation from a readiness, above the subject (the
// socket of a readiness, or the task of an operation stored as index + 1 with 0 for none).
const IO_BIT: u32 = 1 << (DriverRecord::HEAD_BITS - 1);
const SUBJECT: u32 = IO_BIT - 1;

// The word of a readiness: a 3-bit kind above a 29-bit count, which saturates (buffers and
// messages are far smaller than half a gigabyte).
const READINESS_SHIFT: u32 = 29;
const COUNT: u32 = (1 << READINESS_SHIFT) - 1;

// The word of an operation: the operation and the outcome above an optional socket.
const OP_SHIFT: u32 = 29;
const CODE_SHIFT: u32 = 26;
const IO_SOCKET: u32 = (1 << CODE_SHIFT) - 1;

/// Every operation in declaration order, so that `op as u32` packs an operation and this table
/// unpacks it.
const IO_OPS: [IoOp; 5] = [
    IoOp::Bind,
    IoOp::Connect,
    IoOp::Accept,
    IoOp::Read,
    IoOp::Send,
];

/// `IoOutcome` without its payload: the value (a socket, a byte count or the index of a kept
/// error) is stored beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum IoCode {
    WouldBlock,
    Opened,
    Transferred,
    EndOfFile,
    Failed,
}

impl IoCode {
    const ALL: [IoCode; 5] = [
        IoCode::WouldBlock,
        IoCode::Opened,
        IoCode::Transferred,
        IoCode::EndOfFile,
        IoCode::Failed,
    ];

    /// Whether the record carries a value word.
    fn has_value(self) -> bool {
        matches!(self, IoCode::Opened | IoCode::Transferred | IoCode::Failed)
    }
}

/// An index that must fit the bits it is given.
///
/// # Panics
/// Beyond 2^27 tasks or 2^26 sockets, far more than memory allows a run to create.
fn field(index: usize, mask: u32) -> u32 {
    match u32::try_from(index) {
        Ok(index) if index <= mask => index,
        _ => panic!("the trace stores at most {mask} tasks or sockets"),
    }
}

fn optional(index: Option<usize>, mask: u32) -> u32 {
    index.map_or(0, |index| field(index + 1, mask))
}

/// The optional index stored as index + 1.
fn unoptional(stored: u32) -> Option<usize> {
    stored.checked_sub(1).map(|index| index as usize)
}

/// The record of a socket that became ready.
pub(super) fn readiness_record(socket: SocketId, readiness: Readiness) -> DriverRecord {
    let (kind, count) = match readiness {
        Readiness::Connection => (0, 0),
        Readiness::Readable { bytes } => (1, bytes),
        Readiness::Writable { space } => (2, space),
        Readiness::PeerClosed => (3, 0),
        Readiness::Connected => (4, 0),
    };
    DriverRecord {
        head: field(socket.index(), SUBJECT),
        words: [kind << READINESS_SHIFT | count.min(COUNT), 0],
        len: 1,
    }
}

/// The record of an operation attempted by `task`; `keep_error` keeps a failure's error aside
/// and gives its index.
#[inline(always)]
pub(super) fn io_record(
    task: Option<TaskId>,
    socket: Option<SocketId>,
    op: IoOp,
    outcome: IoOutcome,
    keep_error: impl FnOnce(NetError) -> u32,
) -> DriverRecord {
    let (code, value) = match outcome {
        IoOutcome::WouldBlock => (IoCode::WouldBlock, 0),
        IoOutcome::Opened(socket) => (IoCode::Opened, socket.index() as u32),
        IoOutcome::Transferred { bytes } => (
            IoCode::Transferred,
            u32::try_from(bytes).unwrap_or(u32::MAX),
        ),
        IoOutcome::EndOfFile => (IoCode::EndOfFile, 0),
        IoOutcome::Failed(error) => (IoCode::Failed, keep_error(*error)),
    };
    let socket = optional(socket.map(SocketId::index), IO_SOCKET);
    DriverRecord {
        head: IO_BIT | optional(task.map(TaskId::index), SUBJECT),
        words: [
            (op as u32) << OP_SHIFT | (code as u32) << CODE_SHIFT | socket,
            value,
        ],
        len: if code.has_value() { 2 } else { 1 },
    }
}

/// Turns a record back into its event; `task` names a task and `error` gives a kept error back.
pub(super) fn event(
    record: DriverRecord,
    task: &dyn Fn(TaskId) -> TaskLabel,
    error: impl FnOnce(u32) -> NetError,
) -> NetEvent {
    let DriverRecord { head, words, .. } = record;
    let subject = head & SUBJECT;
    if head & IO_BIT == 0 {
        let count = words[0] & COUNT;
        let readiness = match words[0] >> READINESS_SHIFT {
            0 => Readiness::Connection,
            1 => Readiness::Readable { bytes: count },
            2 => Readiness::Writable { space: count },
            3 => Readiness::PeerClosed,
            _ => Readiness::Connected,
        };
        let socket = SocketId::from_index(subject as usize);
        return NetEvent::SocketReady { socket, readiness };
    }
    let detail = words[0];
    let op = IO_OPS[(detail >> OP_SHIFT) as usize % IO_OPS.len()];
    let code = IoCode::ALL[((detail >> CODE_SHIFT) & 0b111) as usize % IoCode::ALL.len()];
    let value = words[1];
    let outcome = match code {
        IoCode::WouldBlock => IoOutcome::WouldBlock,
        IoCode::Opened => IoOutcome::Opened(SocketId::from_index(value as usize)),
        IoCode::Transferred => IoOutcome::Transferred {
            bytes: value as usize,
        },
        IoCode::EndOfFile => IoOutcome::EndOfFile,
        IoCode::Failed => IoOutcome::Failed(Box::new(error(value))),
    };
    NetEvent::Io {
        task: unoptional(subject).map(|index| task(TaskId::from_index(index))),
        socket: unoptional(detail & IO_SOCKET).map(SocketId::from_index),
        op,
        outcome,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::TaskName;

    fn label(task: TaskId) -> TaskLabel {
        TaskLabel {
            id: task,
            name: TaskName::from(format!("t{}", task.index())),
        }
    }

    /// Packs `event` and reads it back, with failures kept in `errors`; returns the words taken.
    fn round_trip(event: NetEvent) -> usize {
        let mut errors = Vec::new();
        let record = match event.clone() {
            NetEvent::SocketReady { socket, readiness } => readiness_record(socket, readiness),
            NetEvent::Io {
                task,
                socket,
                op,
                outcome,
            } => io_record(task.map(|task| task.id), socket, op, outcome, |error| {
                errors.push(error);
                errors.len() as u32 - 1
            }),
        };
        let decoded = super::event(record, &label, |index| errors[index as usize].clone());
        assert_eq!(decoded, event);
        1 + usize::from(record.len)
    }

    #[test]
    fn every_network_event_decodes_to_itself_in_few_words() {
        let socket = SocketId::from_index(3);
        let io = |op, outcome| NetEvent::Io {
            task: Some(label(TaskId::from_index(7))),
            socket: Some(socket),
            op,
            outcome,
        };
        let ready = |readiness| NetEvent::SocketReady { socket, readiness };
        let mut sizes = vec![
            round_trip(ready(Readiness::Connection)),
            round_trip(ready(Readiness::Readable { bytes: 4096 })),
            round_trip(ready(Readiness::Writable { space: 1 })),
            round_trip(ready(Readiness::PeerClosed)),
            round_trip(ready(Readiness::Connected)),
            round_trip(io(IoOp::Send, IoOutcome::WouldBlock)),
            round_trip(io(
                IoOp::Send,
                IoOutcome::Transferred {
                    bytes: u32::MAX as usize,
                },
            )),
            round_trip(io(IoOp::Accept, IoOutcome::Opened(SocketId::from_index(9)))),
            round_trip(io(IoOp::Read, IoOutcome::EndOfFile)),
            round_trip(io(
                IoOp::Send,
                IoOutcome::Failed(Box::new(NetError::BrokenPipe { socket })),
            )),
            round_trip(NetEvent::Io {
                task: None,
                socket: None,
                op: IoOp::Bind,
                outcome: IoOutcome::Failed(Box::new(NetError::NoExecutor)),
            }),
        ];
        sizes.extend(IO_OPS.map(|op| round_trip(io(op, IoOutcome::WouldBlock))));
        assert_eq!(sizes, [2, 2, 2, 2, 2, 2, 3, 3, 2, 3, 3, 2, 2, 2, 2, 2]);
    }

    #[test]
    fn readiness_counts_saturate_instead_of_corrupting_the_kind() {
        let socket = SocketId::from_index(0);
        let huge = Readiness::Readable { bytes: u32::MAX };
        let decoded = event(readiness_record(socket, huge), &label, |_| {
            NetError::NoExecutor
        });
        let readiness = Readiness::Readable { bytes: COUNT };
        assert_eq!(decoded, NetEvent::SocketReady { socket, readiness });
    }
}
