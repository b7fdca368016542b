//! How the trace stores an event: a `Record` (ids, no names, no heap data) packed into one to
//! three 32-bit words, so that a poll or a wake costs 4 bytes of trace and a loopback operation
//! 8 or 12. Recording millions of events then touches little fresh memory, which is what made
//! the trace expensive. It must never lose information a `Record` carries: every record decodes
//! back to itself.

use super::PollOutcome;
use crate::executor::task::TaskId;
use crate::executor::waker::WakeCause;
use crate::net::{IoOp, Readiness, SocketId};

/// One event as the executor and the network hand it to the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
        /// The socket opened, the bytes transferred or the error's payload, as `outcome` says.
        value: u32,
    },
    Output(Option<TaskId>, PayloadId),
    Diagnosis(PayloadId),
}

/// `IoOutcome` without its payload: the value (a socket, a byte count or a payload) is stored
/// beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum IoCode {
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

/// Every I/O operation in declaration order, so that `op as u32` packs an operation and this
/// table unpacks it.
const IO_OPS: [IoOp; 5] = [
    IoOp::Bind,
    IoOp::Connect,
    IoOp::Accept,
    IoOp::Read,
    IoOp::Send,
];

/// The index of a payload kept aside by the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PayloadId(pub(crate) u32);

// The first word of a record: a 4-bit kind above a 28-bit subject (a task, a socket or a
// payload, or an optional one stored as index + 1 with 0 for none).
const KIND_SHIFT: u32 = 28;
const SUBJECT: u32 = (1 << KIND_SHIFT) - 1;

const SPAWNED: u32 = 0;
const POLLED_PENDING: u32 = 1;
const POLLED_READY: u32 = 2;
/// Woken by itself while being polled, as `yield_now` does: no second word.
const WOKEN_BY_ITSELF: u32 = 3;
const WOKEN_BY_TASK: u32 = 4;
const WOKEN_BY_TIMER: u32 = 5;
const WOKEN_BY_SOCKET: u32 = 6;
const WOKEN_EXTERNALLY: u32 = 7;
const TIME_ADVANCED: u32 = 8;
const TIMER_FIRED: u32 = 9;
const SOCKET_READY: u32 = 10;
const IO: u32 = 11;
const OUTPUT: u32 = 12;
const DIAGNOSIS: u32 = 13;

// The second word of a socket readiness: a 3-bit kind above a 29-bit count, which saturates
// (buffers and messages are far smaller than half a gigabyte).
const READINESS_SHIFT: u32 = 29;
const COUNT: u32 = (1 << READINESS_SHIFT) - 1;

// The second word of an I/O record: the operation and the outcome above an optional socket.
const OP_SHIFT: u32 = 29;
const CODE_SHIFT: u32 = 26;
const IO_SOCKET: u32 = (1 << CODE_SHIFT) - 1;

/// A subject field: an index that must fit the bits it is given.
///
/// # Panics
/// Beyond 2^28 tasks or payloads, or 2^26 sockets, far more than memory allows a run to create.
fn field(index: usize, mask: u32) -> u32 {
    match u32::try_from(index) {
        Ok(index) if index <= mask => index,
        _ => panic!("the trace stores at most {mask} tasks, sockets or printed lines"),
    }
}

fn task(task: TaskId) -> u32 {
    field(task.index(), SUBJECT)
}

fn optional(index: Option<usize>, mask: u32) -> u32 {
    index.map_or(0, |index| field(index + 1, mask))
}

fn head(kind: u32, subject: u32) -> u32 {
    kind << KIND_SHIFT | subject
}

/// The most words a record takes.
pub(crate) const MAX_WORDS: usize = 3;

/// The words of one record: all `MAX_WORDS` of them are written, `len` of them are kept.
pub(crate) struct Packed {
    pub(crate) words: [u32; MAX_WORDS],
    pub(crate) len: usize,
}

fn one(first: u32) -> Packed {
    Packed {
        words: [first, 0, 0],
        len: 1,
    }
}

fn two(first: u32, second: u32) -> Packed {
    Packed {
        words: [first, second, 0],
        len: 2,
    }
}

/// Packs `record` into one to three words.
#[inline(always)]
pub(crate) fn encode(record: Record) -> Packed {
    match record {
        Record::Spawned(id) => one(head(SPAWNED, task(id))),
        Record::Polled(id, PollOutcome::Pending) => one(head(POLLED_PENDING, task(id))),
        Record::Polled(id, PollOutcome::Ready) => one(head(POLLED_READY, task(id))),
        Record::Woken(id, cause) => match cause {
            WakeCause::Task(waker) if waker == id => one(head(WOKEN_BY_ITSELF, task(id))),
            WakeCause::Task(waker) => two(head(WOKEN_BY_TASK, task(id)), task(waker)),
            WakeCause::Timer => one(head(WOKEN_BY_TIMER, task(id))),
            WakeCause::Socket(socket) => two(
                head(WOKEN_BY_SOCKET, task(id)),
                field(socket.index(), u32::MAX),
            ),
            WakeCause::External => one(head(WOKEN_EXTERNALLY, task(id))),
        },
        Record::TimeAdvanced => one(head(TIME_ADVANCED, 0)),
        Record::TimerFired(owner) => one(head(
            TIMER_FIRED,
            optional(owner.map(TaskId::index), SUBJECT),
        )),
        Record::SocketReady(socket, readiness) => {
            let (kind, count) = match readiness {
                Readiness::Connection => (0, 0),
                Readiness::Readable { bytes } => (1, bytes),
                Readiness::Writable { space } => (2, space),
                Readiness::PeerClosed => (3, 0),
                Readiness::Connected => (4, 0),
            };
            two(
                head(SOCKET_READY, field(socket.index(), SUBJECT)),
                kind << READINESS_SHIFT | count.min(COUNT),
            )
        }
        Record::Io {
            task,
            socket,
            op,
            outcome,
            value,
        } => {
            let socket = optional(socket.map(SocketId::index), IO_SOCKET);
            Packed {
                words: [
                    head(IO, optional(task.map(TaskId::index), SUBJECT)),
                    (op as u32) << OP_SHIFT | (outcome as u32) << CODE_SHIFT | socket,
                    value,
                ],
                len: if outcome.has_value() { 3 } else { 2 },
            }
        }
        Record::Output(task, text) => two(
            head(OUTPUT, optional(task.map(TaskId::index), SUBJECT)),
            text.0,
        ),
        Record::Diagnosis(diagnosis) => one(head(DIAGNOSIS, field(diagnosis.0 as usize, SUBJECT))),
    }
}

/// The optional index stored as index + 1.
fn unoptional(stored: u32) -> Option<usize> {
    stored.checked_sub(1).map(|index| index as usize)
}

/// Unpacks the record whose first word is at `at`, reading words through `word`; returns it
/// with the number of words it took.
pub(crate) fn decode(at: usize, word: impl Fn(usize) -> u32) -> (Record, usize) {
    let first = word(at);
    let subject = first & SUBJECT;
    let id = || TaskId::from_index(subject as usize);
    let owner = || unoptional(subject).map(TaskId::from_index);
    let second = || word(at + 1);
    match first >> KIND_SHIFT {
        SPAWNED => (Record::Spawned(id()), 1),
        POLLED_PENDING => (Record::Polled(id(), PollOutcome::Pending), 1),
        POLLED_READY => (Record::Polled(id(), PollOutcome::Ready), 1),
        WOKEN_BY_ITSELF => (Record::Woken(id(), WakeCause::Task(id())), 1),
        WOKEN_BY_TASK => {
            let waker = TaskId::from_index(second() as usize);
            (Record::Woken(id(), WakeCause::Task(waker)), 2)
        }
        WOKEN_BY_TIMER => (Record::Woken(id(), WakeCause::Timer), 1),
        WOKEN_BY_SOCKET => {
            let socket = SocketId::from_index(second() as usize);
            (Record::Woken(id(), WakeCause::Socket(socket)), 2)
        }
        WOKEN_EXTERNALLY => (Record::Woken(id(), WakeCause::External), 1),
        TIME_ADVANCED => (Record::TimeAdvanced, 1),
        TIMER_FIRED => (Record::TimerFired(owner()), 1),
        SOCKET_READY => {
            let readiness = second();
            let count = readiness & COUNT;
            let readiness = match readiness >> READINESS_SHIFT {
                0 => Readiness::Connection,
                1 => Readiness::Readable { bytes: count },
                2 => Readiness::Writable { space: count },
                3 => Readiness::PeerClosed,
                _ => Readiness::Connected,
            };
            let socket = SocketId::from_index(subject as usize);
            (Record::SocketReady(socket, readiness), 2)
        }
        IO => {
            let detail = second();
            let op = IO_OPS[(detail >> OP_SHIFT) as usize % IO_OPS.len()];
            let outcome =
                IoCode::ALL[((detail >> CODE_SHIFT) & 0b111) as usize % IoCode::ALL.len()];
            let socket = unoptional(detail & IO_SOCKET).map(SocketId::from_index);
            let (value, len) = if outcome.has_value() {
                (word(at + 2), 3)
            } else {
                (0, 2)
            };
            let record = Record::Io {
                task: owner(),
                socket,
                op,
                outcome,
                value,
            };
            (record, len)
        }
        OUTPUT => (Record::Output(owner(), PayloadId(second())), 2),
        DIAGNOSIS => (Record::Diagnosis(PayloadId(subject)), 1),
        kind => unreachable!("the trace wrote no record of kind {kind}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(record: Record) -> usize {
        let packed = encode(record);
        let words = &packed.words[..packed.len];
        let (decoded, len) = decode(0, |at| words[at]);
        assert_eq!(decoded, record);
        assert_eq!(len, words.len());
        len
    }

    #[test]
    fn every_kind_of_record_decodes_to_itself_in_few_words() {
        let (a, b) = (TaskId::from_index(7), TaskId::from_index(SUBJECT as usize));
        let socket = SocketId::from_index(3);
        let io = |outcome, value| Record::Io {
            task: Some(a),
            socket: Some(socket),
            op: IoOp::Send,
            outcome,
            value,
        };
        let sizes = [
            round_trip(Record::Spawned(b)),
            round_trip(Record::Polled(a, PollOutcome::Pending)),
            round_trip(Record::Polled(a, PollOutcome::Ready)),
            round_trip(Record::Woken(a, WakeCause::Task(a))),
            round_trip(Record::Woken(a, WakeCause::Task(b))),
            round_trip(Record::Woken(a, WakeCause::Timer)),
            round_trip(Record::Woken(a, WakeCause::Socket(socket))),
            round_trip(Record::Woken(a, WakeCause::External)),
            round_trip(Record::TimeAdvanced),
            round_trip(Record::TimerFired(None)),
            round_trip(Record::TimerFired(Some(a))),
            round_trip(Record::SocketReady(socket, Readiness::Connection)),
            round_trip(Record::SocketReady(
                socket,
                Readiness::Readable { bytes: 4096 },
            )),
            round_trip(Record::SocketReady(
                socket,
                Readiness::Writable { space: 1 },
            )),
            round_trip(Record::SocketReady(socket, Readiness::PeerClosed)),
            round_trip(Record::SocketReady(socket, Readiness::Connected)),
            round_trip(io(IoCode::WouldBlock, 0)),
            round_trip(io(IoCode::Transferred, u32::MAX)),
            round_trip(io(IoCode::Opened, 9)),
            round_trip(io(IoCode::EndOfFile, 0)),
            round_trip(io(IoCode::Failed, 2)),
            round_trip(Record::Io {
                task: None,
                socket: None,
                op: IoOp::Bind,
                outcome: IoCode::Failed,
                value: 0,
            }),
            round_trip(Record::Output(None, PayloadId(5))),
            round_trip(Record::Diagnosis(PayloadId(1))),
        ];
        assert_eq!(
            sizes,
            [1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 2, 3, 3, 2, 1]
        );
    }

    #[test]
    fn every_io_operation_decodes_to_itself() {
        for op in IO_OPS {
            let record = Record::Io {
                task: None,
                socket: Some(SocketId::from_index(1)),
                op,
                outcome: IoCode::WouldBlock,
                value: 0,
            };
            round_trip(record);
        }
    }

    #[test]
    fn readiness_counts_saturate_instead_of_corrupting_the_kind() {
        let huge = Readiness::Readable { bytes: u32::MAX };
        let words = encode(Record::SocketReady(SocketId::from_index(0), huge)).words;
        let (decoded, _) = decode(0, |at| words[at]);
        let expected = Readiness::Readable { bytes: COUNT };
        assert_eq!(
            decoded,
            Record::SocketReady(SocketId::from_index(0), expected)
        );
    }
}
