//! The recorded events of one executor: packed records (see `encoding`), the rare payloads with
//! heap data kept aside, the virtual time marks and the task names, and the reading side that
//! turns them back into numbered `TraceEntry`s. It must never be written to while recording is
//! off, and never store anything per record that could be derived when reading.

use std::rc::Rc;

use super::encoding::{self, PayloadId, Record};
use super::words::WordLog;
use super::{AbortCause, Event, TraceEntry, WakeSource};
use crate::executor::chunked::ChunkedVec;
use crate::executor::diagnosis::StallDiagnosis;
use crate::executor::driver::{Driver, ResourceLabel};
use crate::executor::task::{TaskId, TaskLabel, TaskName};
use crate::executor::waker::WakeCause;

/// Every how many records the trace remembers where a record starts, so that reading entry `n`
/// decodes at most this many records from the nearest mark.
const RECORDS_PER_MARK: usize = 32;

/// Heap data of rare events.
enum Payload {
    Text(Box<str>),
    Diagnosis(StallDiagnosis),
    Abort(AbortCause),
}

/// The recorded events of one executor. When recording is off, nothing is built or stored.
pub struct Trace {
    enabled: bool,
    /// The packed records, one after another.
    words: WordLog,
    /// How many records `words` holds.
    len: usize,
    /// The address at which record `k * RECORDS_PER_MARK` starts.
    starts: Vec<u32>,
    payloads: Vec<Payload>,
    /// Where the virtual time changed: (index of the first record at that time, the time).
    /// Time changes rarely, so this is far smaller than a time stamp on every record.
    time_marks: Vec<(usize, u64)>,
    /// Task names by task index, for turning records back into events.
    names: ChunkedVec<TaskName>,
    /// The executor's driver, which alone turns its records back into events.
    driver: Option<Rc<dyn Driver>>,
    /// How many records were decoded, for the tests that prove reading stays linear.
    #[cfg(test)]
    decoded: std::cell::Cell<usize>,
}

/// Where a reader of the trace stopped: the index of the next entry and where its record starts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TraceCursor {
    index: usize,
    at: usize,
}

/// The entries of a trace from a cursor on; see [`Trace::entries_from`].
pub struct Entries<'a> {
    trace: &'a Trace,
    cursor: TraceCursor,
}

impl Entries<'_> {
    /// Where the next entry will be read: give it to [`Trace::entries_from`] to read on later.
    pub fn cursor(&self) -> TraceCursor {
        self.cursor
    }
}

impl Iterator for Entries<'_> {
    type Item = TraceEntry;

    fn next(&mut self) -> Option<TraceEntry> {
        let TraceCursor { index, at } = self.cursor;
        if index >= self.trace.len {
            return None;
        }
        let (record, len) = self.trace.decode(at);
        self.cursor = TraceCursor {
            index: index + 1,
            at: WordLog::next_start(at + len),
        };
        Some(self.trace.entry(index, record))
    }
}

impl Trace {
    pub(crate) fn new(enabled: bool) -> Self {
        Trace {
            enabled,
            words: WordLog::default(),
            len: 0,
            starts: Vec::new(),
            payloads: Vec::new(),
            time_marks: Vec::new(),
            names: ChunkedVec::default(),
            driver: None,
            #[cfg(test)]
            decoded: std::cell::Cell::new(0),
        }
    }

    /// Turns recording on or off; `now_ms` is the virtual time from which records are made.
    pub(crate) fn set_enabled(&mut self, enabled: bool, now_ms: u64) {
        self.enabled = enabled;
        if enabled {
            self.set_time(now_ms);
        }
    }

    /// Notes that the records made from now on happen at `time_ms`.
    pub(crate) fn set_time(&mut self, time_ms: u64) {
        if self.enabled && self.time_marks.last().map_or(0, |&(_, time)| time) != time_ms {
            self.time_marks.push((self.len, time_ms));
        }
    }

    /// Records `record` if recording is on. Always inlined, so that packing a record whose kind
    /// the caller knows compiles down to a few constant stores.
    #[inline(always)]
    pub(crate) fn record(&mut self, record: Record) {
        if !self.enabled {
            return;
        }
        if self.len.is_multiple_of(RECORDS_PER_MARK) {
            self.mark_start();
        }
        self.len += 1;
        self.words.append(&encoding::encode(record));
    }

    #[cold]
    fn mark_start(&mut self) {
        let start = u32::try_from(self.words.next_address())
            .unwrap_or_else(|_| panic!("the trace holds at most 2^32 words (16 GiB)"));
        self.starts.push(start);
    }

    fn keep(&mut self, payload: Payload) -> PayloadId {
        self.payloads.push(payload);
        PayloadId(u32::try_from(self.payloads.len() - 1).unwrap_or(u32::MAX))
    }

    pub(crate) fn record_output(&mut self, task: Option<TaskId>, text: &str) {
        if self.enabled {
            let text = self.keep(Payload::Text(text.into()));
            self.record(Record::Output(task, text));
        }
    }

    pub(crate) fn record_diagnosis(&mut self, diagnosis: &StallDiagnosis) {
        if self.enabled {
            let diagnosis = self.keep(Payload::Diagnosis(diagnosis.clone()));
            self.record(Record::Diagnosis(diagnosis));
        }
    }

    pub(crate) fn record_abort(&mut self, task: TaskId, cause: &AbortCause) {
        if self.enabled {
            let cause = self.keep(Payload::Abort(cause.clone()));
            self.record(Record::Aborted(task, cause));
        }
    }

    /// Learns which driver turns driver records back into events.
    pub(crate) fn set_driver(&mut self, driver: Rc<dyn Driver>) {
        self.driver = Some(driver);
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
        self.len
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The record at `index`, decoding forward from the nearest mark.
    fn record_at(&self, index: usize) -> Option<Record> {
        if index >= self.len {
            return None;
        }
        let mut at = self.starts[index / RECORDS_PER_MARK] as usize;
        for _ in 0..index % RECORDS_PER_MARK {
            at = self.after(at);
        }
        Some(self.decode(at).0)
    }

    fn decode(&self, at: usize) -> (Record, usize) {
        #[cfg(test)]
        self.decoded.set(self.decoded.get() + 1);
        encoding::decode(at, |address| self.words.get(address))
    }

    /// Where the record after the one at `at` starts.
    fn after(&self, at: usize) -> usize {
        WordLog::next_start(at + self.decode(at).1)
    }

    /// The entry at `index` (its `seq` is `index + 1`).
    pub fn get(&self, index: usize) -> Option<TraceEntry> {
        let record = self.record_at(index)?;
        Some(self.entry(index, record))
    }

    fn entry(&self, index: usize, record: Record) -> TraceEntry {
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
        TraceEntry {
            seq: index as u64 + 1,
            time_ms,
            event: self.event(record, time_ms, previous_ms),
        }
    }

    /// Every entry in order, decoding each record once.
    pub fn entries(&self) -> Entries<'_> {
        self.entries_from(TraceCursor::default())
    }

    /// The entries from `cursor` on, in order, decoding each record once: a reader that takes
    /// the trace in pieces as it grows (the command-line runner's `--trace`) keeps the cursor
    /// that [`Entries::cursor`] gives back and never decodes a record twice.
    pub fn entries_from(&self, cursor: TraceCursor) -> Entries<'_> {
        Entries {
            trace: self,
            cursor,
        }
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
            WakeCause::Resource(id) => WakeSource::Resource(ResourceLabel {
                id,
                noun: self
                    .driver
                    .as_ref()
                    .map_or("resource", |driver| driver.noun()),
            }),
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
            Record::Driver(record) => match &self.driver {
                Some(driver) => Event::Driver(driver.event(record, &|task| self.label(task))),
                None => unreachable!("a driver record was made by the executor's driver"),
            },
            Record::Output(task, text) => Event::Output {
                task: label(task),
                text: self.text(text),
            },
            Record::Diagnosis(diagnosis) => Event::Diagnosis(self.diagnosis(diagnosis)),
            Record::Preempted(task) => Event::Preempted {
                task: self.label(task),
            },
            Record::Aborted(task, cause) => Event::Aborted {
                task: self.label(task),
                cause: self.abort_cause(cause),
            },
        }
    }

    fn text(&self, payload: PayloadId) -> String {
        match self.payloads.get(payload.0 as usize) {
            Some(Payload::Text(text)) => text.to_string(),
            _ => unreachable!("an output record points at its text"),
        }
    }

    fn abort_cause(&self, payload: PayloadId) -> AbortCause {
        match self.payloads.get(payload.0 as usize) {
            Some(Payload::Abort(cause)) => cause.clone(),
            _ => unreachable!("an abort record points at its cause"),
        }
    }

    fn diagnosis(&self, payload: PayloadId) -> StallDiagnosis {
        match self.payloads.get(payload.0 as usize) {
            Some(Payload::Diagnosis(diagnosis)) => diagnosis.clone(),
            _ => unreachable!("a diagnosis record points at its diagnosis"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::driver::{DriverEvent, DriverRecord, ResourceId};
    use crate::executor::trace::PollOutcome;

    /// A driver whose events are their records, written out.
    struct RecordsAsText;

    impl Driver for RecordsAsText {
        fn noun(&self) -> &'static str {
            "resource"
        }

        fn take_arrivals(&self) {}

        fn awaits_arrivals(&self) -> bool {
            false
        }

        fn event(
            &self,
            record: DriverRecord,
            _: &dyn Fn(TaskId) -> TaskLabel,
        ) -> Rc<dyn DriverEvent> {
            Rc::new(format!("{record:?}"))
        }
    }

    /// A recording trace that can read driver records back.
    fn recording() -> Trace {
        let mut trace = Trace::new(true);
        trace.set_driver(Rc::new(RecordsAsText));
        trace
    }

    /// Records of one, two and three words in an irregular mix, enough to fill several chunks
    /// and leave unused words at their ends.
    fn mixed_records(count: usize) -> Vec<Record> {
        (0..count)
            .map(|n| {
                let task = TaskId::from_index(n % 97);
                let resource = ResourceId::from_index(n % 13);
                // Words past `len` are not stored, so they are zero in records that read back.
                let driver = |len| DriverRecord {
                    head: n as u32 % 11,
                    words: [n as u32, if len == 2 { 8 } else { 0 }],
                    len,
                };
                match n % 7 {
                    0 => Record::Polled(task, PollOutcome::Pending),
                    1 => Record::Woken(task, WakeCause::Resource(resource)),
                    2 | 5 => Record::Driver(driver(2)),
                    3 => Record::Driver(driver(1)),
                    4 => Record::Woken(task, WakeCause::Task(task)),
                    _ => Record::Spawned(task),
                }
            })
            .collect()
    }

    #[test]
    fn every_record_reads_back_by_index_and_in_order_across_chunks() {
        let records = mixed_records(5_000);
        let mut trace = recording();
        records.iter().for_each(|record| trace.record(*record));
        assert_eq!(trace.len(), records.len());
        for (index, record) in records.iter().enumerate() {
            assert_eq!(trace.record_at(index), Some(*record), "record {index}");
        }
        assert_eq!(trace.record_at(records.len()), None);
        let by_index: Vec<_> = (0..trace.len()).filter_map(|n| trace.get(n)).collect();
        assert_eq!(trace.entries().collect::<Vec<_>>(), by_index);
    }

    #[test]
    fn a_trace_written_over_a_dropped_traces_memory_reads_back_only_its_own_records() {
        let mut first = recording();
        mixed_records(5_000)
            .iter()
            .for_each(|record| first.record(*record));
        drop(first);
        // Shifted by one so that every record differs from the one stored there before.
        let records: Vec<Record> = mixed_records(3_001).into_iter().skip(1).collect();
        let mut second = recording();
        records.iter().for_each(|record| second.record(*record));
        let read: Vec<_> = (0..second.len())
            .filter_map(|n| second.record_at(n))
            .collect();
        assert_eq!(read, records);
        assert_eq!(second.record_at(records.len()), None);
    }

    #[test]
    fn a_reader_that_reads_on_from_its_cursor_decodes_each_record_once() {
        let records = mixed_records(10_000);
        let mut trace = recording();
        let (mut cursor, mut read) = (TraceCursor::default(), Vec::new());
        for piece in records.chunks(7) {
            piece.iter().for_each(|record| trace.record(*record));
            let mut entries = trace.entries_from(cursor);
            read.extend(&mut entries);
            cursor = entries.cursor();
        }
        assert_eq!(read, trace.entries().collect::<Vec<_>>());
        assert_eq!(read.len(), records.len());
        // Once by the reader in pieces, once more by the whole read just above: never quadratic.
        assert_eq!(trace.decoded.get(), 2 * records.len());
        assert_eq!(trace.entries_from(cursor).next(), None);
    }

    #[test]
    fn nothing_is_stored_while_recording_is_off() {
        let mut trace = Trace::new(false);
        mixed_records(100)
            .into_iter()
            .for_each(|record| trace.record(record));
        trace.record_output(None, "hidden");
        assert!(trace.is_empty());
    }
}
