//! Task identity and bookkeeping: ids, names, per-task statistics and the slot the executor keeps
//! for each task. It must never poll a future or decide scheduling; `core` does that.

use std::any::Any;
use std::cell::{Cell, OnceCell, Ref, RefCell, RefMut};
use std::fmt;
use std::future::Future;
use std::num::NonZeroU32;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use super::chunked::ChunkedVec;
use super::driver::{ResourceId, ResourceLabel};
use super::join::JoinState;
use super::waker::{Notification, TaskWaker};

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
    /// Returned Pending and waits for a wake; `resource` says which resource (such as a socket)
    /// holds its waker, if any.
    Parked {
        /// The resource the task last parked its waker on.
        resource: Option<ResourceLabel>,
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
pub(crate) trait ErasedFuture {
    fn poll_boxed(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Box<dyn Any>>;
}

impl<F: Future> ErasedFuture for F
where
    F::Output: 'static,
{
    fn poll_boxed(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Box<dyn Any>> {
        self.poll(cx).map(|output| Box::new(output) as Box<dyn Any>)
    }
}

/// A task's future as the executor keeps it.
pub(crate) type TaskFuture = Pin<Box<dyn ErasedFuture>>;

/// A task's waker, built once so that polling allocates nothing, and the executor's own
/// reference to the same data, used to read the wake flag and count live wakers.
pub(crate) struct TaskWakers {
    pub(crate) waker: Waker,
    pub(crate) handle: Arc<TaskWaker>,
}

impl TaskWakers {
    /// Whether no clone of the waker exists beyond these two references: nothing outside the
    /// executor can wake the task, and nothing can start to, since a clone needs a reference.
    pub(crate) fn is_unshared(&self) -> bool {
        Arc::strong_count(&self.handle) == 2
    }
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

/// What the executor touches about a task on every poll and wake, in one 64-byte cache line. Its
/// fields are cells so that a task is polled in place while the table is only borrowed shared:
/// the task may spawn (the new slot waits beside the table until the poll ends), join or look
/// up other tasks meanwhile.
#[repr(align(64))]
pub(crate) struct TaskSlot {
    /// Taken out for the length of a poll; `None` once the task has finished.
    pub(crate) future: Cell<Option<TaskFuture>>,
    /// Made at the first poll rather than at spawn, so that a task finished by its first poll
    /// can hand the next task a waker nobody else holds instead of allocating one per task.
    pub(crate) wakers: OnceCell<TaskWakers>,
    pub(crate) counters: Cell<Counters>,
    /// The resource the task's waker was last parked on, cleared when it is polled again.
    pub(crate) waiting_on: Cell<Option<ResourceId>>,
    pub(crate) finished: Cell<bool>,
}

// Holds the promise above: a slot grown past one line would double the memory polling touches.
const _: () = assert!(std::mem::size_of::<TaskSlot>() == 64);

impl TaskSlot {
    fn new(future: TaskFuture) -> Self {
        TaskSlot {
            future: Cell::new(Some(future)),
            wakers: OnceCell::new(),
            counters: Cell::default(),
            waiting_on: Cell::new(None),
            finished: Cell::new(false),
        }
    }

    /// A wake that arrived since the task's last poll began.
    pub(crate) fn pending_wake(&self) -> Notification {
        self.wakers.get().map_or(Notification::NOT_WOKEN, |wakers| {
            wakers.handle.notification()
        })
    }

    /// The task's counters, including a wake that arrived since its last poll: wakes are
    /// counted when the woken task is polled, which spares the executor a second visit to the
    /// slot per wake.
    pub(crate) fn stats(&self) -> TaskStats {
        let mut counters = self.counters.get();
        if !self.finished.get() {
            counters.count_wake(self.pending_wake());
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
/// Each list has its own cell: the slots stay borrowed (shared) while a task is polled.
#[derive(Default)]
pub(crate) struct TaskTable {
    slots: RefCell<ChunkedVec<TaskSlot>>,
    /// Slots of tasks spawned while the slots were borrowed, in spawn order, until
    /// `adopt_spawned` moves them into `slots`.
    spawned: RefCell<Vec<TaskSlot>>,
    records: RefCell<ChunkedVec<TaskRecord>>,
}

impl TaskTable {
    pub(crate) fn len(&self) -> usize {
        self.records.borrow().len()
    }

    /// Adds a task that is about to be queued for its first poll.
    pub(crate) fn push(&self, name: TaskName, future: TaskFuture) {
        self.records.borrow_mut().push(TaskRecord {
            name,
            join: JoinState::Running(None),
        });
        let slot = TaskSlot::new(future);
        match self.slots.try_borrow_mut() {
            Ok(mut slots) => slots.push(slot),
            Err(_) => self.spawned.borrow_mut().push(slot),
        }
    }

    /// Adds a guest: a task with a lane and counters but no future, which the executor never
    /// polls (see [`Core::adopt_guest`](super::core::Core::adopt_guest)).
    pub(crate) fn push_guest(&self, name: TaskName) {
        self.records.borrow_mut().push(TaskRecord {
            name,
            join: JoinState::Running(None),
        });
        let slot = TaskSlot::new(Box::pin(std::future::pending::<()>()));
        slot.future.take();
        match self.slots.try_borrow_mut() {
            Ok(mut slots) => slots.push(slot),
            Err(_) => self.spawned.borrow_mut().push(slot),
        }
    }

    /// Runs `body` on a task's slot, also while it waits in the spawned list of a poll.
    pub(crate) fn with_slot(&self, task: TaskId, body: impl FnOnce(&TaskSlot)) {
        let slots = self.slots.borrow();
        match slots.get(task.index()) {
            Some(slot) => body(slot),
            None => {
                let spawned = self.spawned.borrow();
                let index = task.index().checked_sub(slots.len());
                if let Some(slot) = index.and_then(|index| spawned.get(index)) {
                    body(slot);
                }
            }
        }
    }

    /// Moves the slots of tasks spawned during a poll into the table, once it has ended.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn adopt_spawned(&self) {
        let mut spawned = self.spawned.borrow_mut();
        if !spawned.is_empty() {
            let mut slots = self.slots.borrow_mut();
            spawned.drain(..).for_each(|slot| slots.push(slot));
        }
    }

    /// Every slot, for reading and polling in place.
    pub(crate) fn slots(&self) -> Ref<'_, ChunkedVec<TaskSlot>> {
        self.slots.borrow()
    }

    /// Every slot, for retiring a finished task: never while a task is polled.
    pub(crate) fn slots_mut(&self) -> RefMut<'_, ChunkedVec<TaskSlot>> {
        self.slots.borrow_mut()
    }

    pub(crate) fn label(&self, task: TaskId) -> Option<TaskLabel> {
        let records = self.records.borrow();
        let record = records.get(task.index())?;
        Some(TaskLabel {
            id: task,
            name: record.name.clone(),
        })
    }

    /// The task's output state, for its join handle and for the task finishing.
    pub(crate) fn join_mut(&self, task: TaskId) -> Option<RefMut<'_, JoinState>> {
        RefMut::filter_map(self.records.borrow_mut(), |records| {
            records.get_mut(task.index()).map(|record| &mut record.join)
        })
        .ok()
    }

    /// Every task's name, in spawn order.
    pub(crate) fn names(&self) -> Vec<TaskName> {
        self.records
            .borrow()
            .iter()
            .map(|record| record.name.clone())
            .collect()
    }
}

/// Every task's id with its slot, in spawn order.
pub(crate) fn with_ids(slots: &ChunkedVec<TaskSlot>) -> impl Iterator<Item = (TaskId, &TaskSlot)> {
    slots
        .iter()
        .enumerate()
        .map(|(index, slot)| (TaskId::from_index(index), slot))
}
