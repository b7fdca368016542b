//! Task identity and bookkeeping: ids, names, per-task statistics and the slot the executor keeps
//! for each task. It must never poll a future or decide scheduling; `core` does that.

use std::any::Any;
use std::fmt;
use std::num::NonZeroU32;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::Waker;

use super::chunked::ChunkedVec;
use super::join::JoinState;
use super::waker::TaskWaker;
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

/// The parts of an unfinished task that a poll needs. They are moved out of the slot while the
/// task is polled, so that the task may spawn or inspect the executor without a double borrow.
pub(crate) struct LiveTask {
    /// The task's future, boxing its output so that tasks of every output type fit one table.
    pub(crate) future: Pin<Box<dyn Future<Output = Box<dyn Any>>>>,
    /// Built once per task so that polling allocates nothing.
    pub(crate) waker: Waker,
    /// The executor's own reference, used to read the wake flag and count live wakers.
    pub(crate) handle: Arc<TaskWaker>,
}

/// Everything the executor keeps about one task, finished or not.
pub(crate) struct TaskSlot {
    pub(crate) label: TaskLabel,
    pub(crate) stats: TaskStats,
    /// `None` once finished, and briefly while the task is being polled.
    pub(crate) live: Option<LiveTask>,
    pub(crate) finished: bool,
    /// The socket the task's waker was last parked on, cleared when it is polled again.
    pub(crate) waiting_on: Option<SocketId>,
    pub(crate) join: JoinState,
}

/// Every task's slot, indexed by `TaskId`, in chunks so that spawning never moves a slot.
#[derive(Default)]
pub(crate) struct TaskTable {
    slots: ChunkedVec<TaskSlot>,
}

impl TaskTable {
    pub(crate) fn len(&self) -> usize {
        self.slots.len()
    }

    pub(crate) fn push(&mut self, slot: TaskSlot) {
        self.slots.push(slot);
    }

    pub(crate) fn get(&self, task: TaskId) -> Option<&TaskSlot> {
        self.slots.get(task.index())
    }

    pub(crate) fn get_mut(&mut self, task: TaskId) -> Option<&mut TaskSlot> {
        self.slots.get_mut(task.index())
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &TaskSlot> {
        self.slots.iter()
    }
}
