//! Task identity and bookkeeping: ids, names, per-task statistics and the slot the executor keeps
//! for each task. It must never poll a future or decide scheduling; `core` does that.

use std::any::Any;
use std::fmt;
use std::future::Future;
use std::num::NonZeroU32;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use super::chunked::ChunkedVec;
use super::join::JoinState;
use super::waker::{Notification, TaskWaker};
use crate::net::SocketId;

/// The number of a task inside one executor, in spawn order starting at 0.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TaskId(NonZeroU32);

impl TaskId {
    /// The id of the task spawned `index`-th. Stored as `index + 1` so that an
    /// `Option<TaskId>` takes no more room than the id, which keeps trace records small.
    ///
    /// # Panics
    /// Beyond 2^32 - 1 tasks, which no program reaches before running out of memory.
    pub(crate) fn from_index(index: usize) -> Self {
        let id = u32::try_from(index + 1).ok().and_then(NonZeroU32::new);
        TaskId(id.unwrap_or_else(|| panic!("more than 2^32 - 1 tasks")))
    }

    /// The task's position in spawn order.
    pub fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

impl fmt::Debug for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TaskId({})", self.index())
    }
}

impl fmt::Display for TaskId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.index())
    }
}

/// A task's name as shown in the views. Static names cost no allocation, which matters when a
/// program spawns a million tasks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskName(NameRepr);

#[derive(Debug, Clone, PartialEq, Eq)]
enum NameRepr {
    Static(&'static str),
    Shared(Rc<str>),
}

impl TaskName {
    /// The name as text.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            NameRepr::Static(name) => name,
            NameRepr::Shared(name) => name,
        }
    }
}

impl From<&'static str> for TaskName {
    fn from(name: &'static str) -> Self {
        TaskName(NameRepr::Static(name))
    }
}

impl From<String> for TaskName {
    fn from(name: String) -> Self {
        TaskName(NameRepr::Shared(name.into()))
    }
}

/// A task as events name it: its id and its name. Displays as the name in backticks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskLabel {
    /// Which task.
    pub id: TaskId,
    /// What the program called it.
    pub name: TaskName,
}

impl fmt::Display for TaskLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`", self.name.as_str())
    }
}

/// How often a task was polled and woken. Summed over tasks it gives the executor's totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TaskStats {
    /// Every call to the task's `poll`.
    pub polls: u64,
    /// Polls that returned Pending although nothing had woken the task since its last poll:
    /// work a waker-driven executor would not have done.
    pub wasted_polls: u64,
    /// Wakes that reached the task while it was unfinished and not already woken.
    pub wakes: u64,
    /// Wakes the task gave itself while being polled (for example by `yield_now`).
    pub self_wakes: u64,
}

impl TaskStats {
    pub(crate) fn add(&mut self, other: &TaskStats) {
        self.polls += other.polls;
        self.wasted_polls += other.wasted_polls;
        self.wakes += other.wakes;
        self.self_wakes += other.self_wakes;
    }
}

/// Where a task stands, for the Tasks view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaskState {
    /// Woken and waiting in the run queue (or, under busy polling, simply unfinished).
    Ready,
    /// Returned Pending and waits for a wake; `socket` says which socket holds its waker, if any.
    Parked {
        /// The socket the task last parked its waker on.
        socket: Option<SocketId>,
    },
    /// Returned Ready; it will never be polled again.
    Finished,
}

/// One task as the Tasks view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskSnapshot {
    /// Which task.
    pub task: TaskLabel,
    /// Where it stands now.
    pub state: TaskState,
    /// Its counters so far.
    pub stats: TaskStats,
}

/// A spawned future seen through its boxed output, so that tasks of every output type fit one
/// table. Implemented for every future directly: an `async` wrapper that boxed the output cost a
/// second state machine on every poll.
pub(crate) trait TaskBody {
    fn poll_boxed(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Box<dyn Any>>;
}

impl<F: Future> TaskBody for F
where
    F::Output: 'static,
{
    fn poll_boxed(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Box<dyn Any>> {
        self.poll(cx).map(|output| Box::new(output) as Box<dyn Any>)
    }
}

/// A task's future as the executor keeps it.
pub(crate) type TaskFuture = Pin<Box<dyn TaskBody>>;

/// The parts of an unfinished task that a poll needs. They are moved out of the slot while the
/// task is polled, so that the task may spawn or inspect the executor without a double borrow.
pub(crate) struct LiveTask {
    pub(crate) future: TaskFuture,
    /// Made at the first poll rather than at spawn, so that a task finished by its first poll
    /// can hand the next task a waker nobody else holds instead of allocating one per task.
    pub(crate) wakers: Option<TaskWakers>,
}

/// A task's waker, built once so that polling allocates nothing, and the executor's own
/// reference to the same data, used to read the wake flag and count live wakers.
pub(crate) struct TaskWakers {
    pub(crate) waker: Waker,
    pub(crate) handle: Arc<TaskWaker>,
}

/// Poll and wake counts of one task, kept as `u32` so that a task's per-poll state fits one
/// cache line; they saturate rather than wrap.
#[derive(Clone, Copy, Default)]
pub(crate) struct Counters {
    pub(crate) polls: u32,
    pub(crate) wasted_polls: u32,
    pub(crate) wakes: u32,
    pub(crate) self_wakes: u32,
}

impl Counters {
    pub(crate) fn count(counter: &mut u32, happened: bool) {
        *counter = counter.saturating_add(u32::from(happened));
    }

    /// Counts the wake that led to a poll, or that arrived during a task's last poll.
    pub(crate) fn count_wake(&mut self, wake: Notification) {
        Counters::count(&mut self.wakes, wake.is_wake());
        Counters::count(&mut self.self_wakes, wake == Notification::WOKE_ITSELF);
    }

    fn stats(self) -> TaskStats {
        TaskStats {
            polls: self.polls.into(),
            wasted_polls: self.wasted_polls.into(),
            wakes: self.wakes.into(),
            self_wakes: self.self_wakes.into(),
        }
    }
}

/// What the executor touches about a task on every poll and wake, in one 64-byte cache line.
#[repr(align(64))]
pub(crate) struct TaskSlot {
    /// `None` once finished, and briefly while the task is being polled.
    pub(crate) live: Option<LiveTask>,
    pub(crate) counters: Counters,
    /// The socket the task's waker was last parked on, cleared when it is polled again.
    pub(crate) waiting_on: Option<SocketId>,
    pub(crate) finished: bool,
}

// Holds the promise above: a slot grown past one line would double the memory polling touches.
const _: () = assert!(std::mem::size_of::<TaskSlot>() == 64);

impl TaskSlot {
    /// The task's counters, including a wake that arrived since its last poll: wakes are
    /// counted when the woken task is polled, which spares the executor a second visit to the
    /// slot per wake.
    pub(crate) fn stats(&self) -> TaskStats {
        let mut counters = self.counters;
        if let Some(LiveTask {
            wakers: Some(wakers),
            ..
        }) = &self.live
        {
            counters.count_wake(wakers.handle.notification());
        }
        counters.stats()
    }
}

/// What the executor rarely touches about a task: its name and its output for the join handle.
struct TaskRecord {
    name: TaskName,
    join: JoinState,
}

/// Every task, indexed by `TaskId`: per-poll slots and rarely used records in separate chunked
/// lists, so that polling touches as little memory as possible and spawning never moves a task.
#[derive(Default)]
pub(crate) struct TaskTable {
    slots: ChunkedVec<TaskSlot>,
    records: ChunkedVec<TaskRecord>,
}

impl TaskTable {
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    /// Adds a task that is about to be queued for its first poll.
    pub(crate) fn push(&mut self, name: TaskName, live: LiveTask) {
        let slot = TaskSlot {
            live: Some(live),
            counters: Counters::default(),
            waiting_on: None,
            finished: false,
        };
        self.slots.push(slot);
        self.records.push(TaskRecord {
            name,
            join: JoinState::Running(None),
        });
    }

    pub(crate) fn get(&self, task: TaskId) -> Option<&TaskSlot> {
        self.slots.get(task.index())
    }

    pub(crate) fn get_mut(&mut self, task: TaskId) -> Option<&mut TaskSlot> {
        self.slots.get_mut(task.index())
    }

    pub(crate) fn label(&self, task: TaskId) -> Option<TaskLabel> {
        let record = self.records.get(task.index())?;
        Some(TaskLabel {
            id: task,
            name: record.name.clone(),
        })
    }

    pub(crate) fn join_mut(&mut self, task: TaskId) -> Option<&mut JoinState> {
        self.records
            .get_mut(task.index())
            .map(|record| &mut record.join)
    }

    /// Every task's id and slot, in spawn order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (TaskId, &TaskSlot)> {
        self.slots
            .iter()
            .enumerate()
            .map(|(index, slot)| (TaskId::from_index(index), slot))
    }

    /// Every task's name, in spawn order.
    pub(crate) fn names(&self) -> impl Iterator<Item = &TaskName> {
        self.records.iter().map(|record| &record.name)
    }
}
