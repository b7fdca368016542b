//! How the trace stores an event: a `Record` (ids, no names, no heap data) packed into one to
//! three 32-bit words, so that a poll or a wake costs 4 bytes of trace and a driver's event (a
//! loopback operation, say) 4 to 12, packed by the driver. Recording millions of events then
//! touches little fresh memory, which is what made the trace expensive. It must never lose
//! information a `Record` carries: every record decodes back to itself.

use super::PollOutcome;
use crate::executor::driver::{DriverRecord, ResourceId};
use crate::executor::task::TaskId;
use crate::executor::waker::WakeCause;

/// One event as the executor and its driver hand it to the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Record {
    Spawned(TaskId),
    Polled(TaskId, PollOutcome),
    Woken(TaskId, WakeCause),
    /// The time it jumped from and to are the trace's time marks around this record.
    TimeAdvanced,
    /// A timer always fires at the current virtual time, so only its owner is stored.
    TimerFired(Option<TaskId>),
    /// A driver's own event, packed by the driver.
    Driver(DriverRecord),
    Output(Option<TaskId>, PayloadId),
    Diagnosis(PayloadId),
    Aborted(TaskId, PayloadId),
    Preempted(TaskId),
}

/// The index of a payload kept aside by the trace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PayloadId(pub(crate) u32);

// The first word of a record: a 4-bit kind above a 28-bit subject (a task or a payload, or an
// optional one stored as index + 1 with 0 for none, or a driver record's head).
const KIND_SHIFT: u32 = 28;
const SUBJECT: u32 = (1 << KIND_SHIFT) - 1;

const SPAWNED: u32 = 0;
const POLLED_PENDING: u32 = 1;
const POLLED_READY: u32 = 2;
/// Woken by itself while being polled, as `yield_now` does: no second word.
const WOKEN_BY_ITSELF: u32 = 3;
/// Woken by the task in the second word; when that is the task itself (which a wake never
/// stores, see `WOKEN_BY_ITSELF`), a preemption.
const WOKEN_BY_TASK: u32 = 4;
const WOKEN_BY_TIMER: u32 = 5;
const WOKEN_BY_RESOURCE: u32 = 6;
const WOKEN_EXTERNALLY: u32 = 7;
const TIME_ADVANCED: u32 = 8;
const TIMER_FIRED: u32 = 9;
/// A driver record whose head is followed by no further word, one, or two.
const DRIVER_ALONE: u32 = 10;
const DRIVER_AND_ONE: u32 = 11;
const DRIVER_AND_TWO: u32 = 14;
const OUTPUT: u32 = 12;
const DIAGNOSIS: u32 = 13;
const ABORTED: u32 = 15;

/// A subject field: an index that must fit the bits it is given.
///
/// # Panics
/// Beyond 2^28 tasks or payloads, far more than memory allows a run to create.
fn field(index: usize, mask: u32) -> u32 {
    match u32::try_from(index) {
        Ok(index) if index <= mask => index,
        _ => panic!("the trace stores at most {mask} tasks or printed lines"),
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
            WakeCause::Resource(resource) => two(
                head(WOKEN_BY_RESOURCE, task(id)),
                field(resource.index(), u32::MAX),
            ),
            WakeCause::External => one(head(WOKEN_EXTERNALLY, task(id))),
        },
        Record::TimeAdvanced => one(head(TIME_ADVANCED, 0)),
        Record::TimerFired(owner) => one(head(
            TIMER_FIRED,
            optional(owner.map(TaskId::index), SUBJECT),
        )),
        Record::Driver(DriverRecord {
            head: subject,
            words,
            len,
        }) => {
            let kind = [DRIVER_ALONE, DRIVER_AND_ONE, DRIVER_AND_TWO][usize::from(len.min(2))];
            Packed {
                words: [
                    head(kind, field(subject as usize, SUBJECT)),
                    words[0],
                    words[1],
                ],
                len: 1 + usize::from(len.min(2)),
            }
        }
        Record::Output(task, text) => two(
            head(OUTPUT, optional(task.map(TaskId::index), SUBJECT)),
            text.0,
        ),
        Record::Diagnosis(diagnosis) => one(head(DIAGNOSIS, field(diagnosis.0 as usize, SUBJECT))),
        Record::Aborted(id, cause) => two(head(ABORTED, task(id)), cause.0),
        Record::Preempted(id) => two(head(WOKEN_BY_TASK, task(id)), task(id)),
    }
}

/// The optional index stored as index + 1.
fn unoptional(stored: u32) -> Option<usize> {
    stored.checked_sub(1).map(|index| index as usize)
}

fn driver(head: u32, words: [u32; 2], len: u8) -> DriverRecord {
    DriverRecord { head, words, len }
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
        WOKEN_BY_TASK if second() == subject => (Record::Preempted(id()), 2),
        WOKEN_BY_TASK => {
            let waker = TaskId::from_index(second() as usize);
            (Record::Woken(id(), WakeCause::Task(waker)), 2)
        }
        WOKEN_BY_TIMER => (Record::Woken(id(), WakeCause::Timer), 1),
        WOKEN_BY_RESOURCE => {
            let resource = ResourceId::from_index(second() as usize);
            (Record::Woken(id(), WakeCause::Resource(resource)), 2)
        }
        WOKEN_EXTERNALLY => (Record::Woken(id(), WakeCause::External), 1),
        TIME_ADVANCED => (Record::TimeAdvanced, 1),
        TIMER_FIRED => (Record::TimerFired(owner()), 1),
        DRIVER_ALONE => (Record::Driver(driver(subject, [0, 0], 0)), 1),
        DRIVER_AND_ONE => (Record::Driver(driver(subject, [second(), 0], 1)), 2),
        DRIVER_AND_TWO => {
            let words = [second(), word(at + 2)];
            (Record::Driver(driver(subject, words, 2)), 3)
        }
        OUTPUT => (Record::Output(owner(), PayloadId(second())), 2),
        DIAGNOSIS => (Record::Diagnosis(PayloadId(subject)), 1),
        ABORTED => (Record::Aborted(id(), PayloadId(second())), 2),
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
        let resource = ResourceId::from_index(3);
        let sizes = [
            round_trip(Record::Spawned(b)),
            round_trip(Record::Polled(a, PollOutcome::Pending)),
            round_trip(Record::Polled(a, PollOutcome::Ready)),
            round_trip(Record::Woken(a, WakeCause::Task(a))),
            round_trip(Record::Woken(a, WakeCause::Task(b))),
            round_trip(Record::Woken(a, WakeCause::Timer)),
            round_trip(Record::Woken(a, WakeCause::Resource(resource))),
            round_trip(Record::Woken(a, WakeCause::External)),
            round_trip(Record::TimeAdvanced),
            round_trip(Record::TimerFired(None)),
            round_trip(Record::TimerFired(Some(a))),
            round_trip(Record::Driver(driver(SUBJECT, [0, 0], 0))),
            round_trip(Record::Driver(driver(5, [u32::MAX, 0], 1))),
            round_trip(Record::Driver(driver(0, [1, u32::MAX], 2))),
            round_trip(Record::Output(None, PayloadId(5))),
            round_trip(Record::Diagnosis(PayloadId(1))),
            round_trip(Record::Aborted(b, PayloadId(u32::MAX))),
            round_trip(Record::Preempted(a)),
            round_trip(Record::Preempted(b)),
        ];
        assert_eq!(
            sizes,
            [1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 3, 2, 1, 2, 2, 2]
        );
    }
}
