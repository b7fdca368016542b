//! The interface through which a driver sits beside the executor, as a reactor does: something
//! that owns resources tasks park their wakers on (the network's sockets), takes in what arrived
//! from outside at the start of each tick, wakes the parked tasks through their wakers, and
//! records its own events in the trace as packed words that it alone turns back into events. The
//! executor knows tasks, wakers, time and that a task may be parked on a numbered resource; it
//! must never know what a resource is, and a driver must never reach into the executor but
//! through this module.

use std::any::Any;
use std::fmt;
use std::num::NonZeroU32;
use std::rc::Rc;
use std::task::Waker;

use super::current::{self, with_current};
use super::task::{TaskId, TaskLabel};
use super::trace::Record;
use super::waker::WakeCause;

/// The number of a resource within its driver, in the order the driver made them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct ResourceId(NonZeroU32);

impl ResourceId {
    /// The id of the resource made `index`-th, stored as `index + 1` so that an
    /// `Option<ResourceId>` takes no more room than the id.
    ///
    /// # Panics
    /// Beyond 2^32 - 1 resources, which no program reaches before running out of memory.
    pub fn from_index(index: usize) -> Self {
        let id = u32::try_from(index + 1).ok().and_then(NonZeroU32::new);
        ResourceId(id.unwrap_or_else(|| panic!("more than 2^32 - 1 resources")))
    }

    /// The resource's position in creation order.
    pub fn index(self) -> usize {
        self.0.get() as usize - 1
    }
}

/// A resource as the trace and the diagnoses name it: its id and what its driver calls it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResourceLabel {
    /// Which resource.
    pub id: ResourceId,
    /// What its driver calls its resources, such as "socket".
    pub noun: &'static str,
}

impl fmt::Display for ResourceLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.noun, self.id.index())
    }
}

/// A driver's own event, as the trace gives it back: anything that can be shown, compared and
/// downcast to the driver's type by the views that know it.
pub trait DriverEvent: fmt::Debug + fmt::Display + Any {
    /// Whether `other` is the same event.
    fn same_as(&self, other: &dyn DriverEvent) -> bool;
}

impl<T: fmt::Debug + fmt::Display + PartialEq + Any> DriverEvent for T {
    fn same_as(&self, other: &dyn DriverEvent) -> bool {
        (other as &dyn Any).downcast_ref::<T>() == Some(self)
    }
}

impl PartialEq for dyn DriverEvent {
    fn eq(&self, other: &Self) -> bool {
        self.same_as(other)
    }
}

impl Eq for dyn DriverEvent {}

/// A driver's event as the trace stores it: a head of up to [`DriverRecord::HEAD_BITS`] bits and
/// up to two more words, packed and unpacked by the driver alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DriverRecord {
    /// The first word's payload; it must fit in [`DriverRecord::HEAD_BITS`] bits.
    pub head: u32,
    /// The further words; only the first `len` are stored.
    pub words: [u32; 2],
    /// How many of `words` are stored: 0, 1 or 2.
    pub len: u8,
}

impl DriverRecord {
    /// How many bits of `head` the trace keeps.
    pub const HEAD_BITS: u32 = 28;
}

/// Something beside the executor that owns resources tasks park on. An executor has at most one,
/// installed by [`Executor::driver`](super::Executor::driver) or on first use by the driver's
/// own API (the network's `TcpListener::bind`, for instance).
pub trait Driver: Any {
    /// What the trace and the diagnoses call this driver's resources, such as "socket".
    fn noun(&self) -> &'static str;

    /// Takes in what arrived from outside since the last tick (a message from a real server,
    /// say): records it and wakes the tasks parked on it. Called at the start of every tick.
    fn take_arrivals(&self);

    /// Whether a task waits for something from outside that may still arrive, in which case a
    /// run with no ready task is waiting, not stalled.
    fn awaits_arrivals(&self) -> bool;

    /// Turns one of this driver's records back into its event; `task` names a task by its id.
    fn event(
        &self,
        record: DriverRecord,
        task: &dyn Fn(TaskId) -> TaskLabel,
    ) -> Rc<dyn DriverEvent>;
}

/// The running executor's driver of type `D`, installing a new one if it has none; `None`
/// outside a running executor.
///
/// # Panics
/// When the executor already has a driver of another type.
pub(crate) fn current<D: Driver + Default>() -> Option<Rc<D>> {
    with_current(|core| core.driver::<D>())
}

/// Whether the running executor records a trace: a driver builds no record when it does not.
pub(crate) fn tracing() -> bool {
    current::tracing()
}

/// Records one of the driver's events in the running executor's trace, if tracing is on:
/// `build` packs it, given the task being polled. Always inlined, so that with a known event
/// the packing compiles down to a few stores.
#[inline(always)]
pub(crate) fn record(build: impl FnOnce(Option<TaskId>) -> DriverRecord) {
    with_current(|core| {
        if core.is_tracing() {
            core.record(Record::Driver(build(core.current_task())));
        }
    });
}

/// The task being polled by the running executor with its name, if any.
pub(crate) fn current_task_label() -> Option<TaskLabel> {
    with_current(|core| core.current_label()).flatten()
}

/// Wakes `wakers`, naming `resource` as the waker in the trace.
pub(crate) fn wake_from(resource: ResourceId, wakers: impl IntoIterator<Item = Waker>) {
    WakeCause::Resource(resource).scope(|| wakers.into_iter().for_each(Waker::wake));
}

/// Notes that the task being polled parks its waker on `resource`, for the Tasks view and the
/// diagnoses.
pub(crate) fn note_parked_on(resource: ResourceId) {
    current::note_parked_on(resource);
}

#[cfg(test)]
mod tests {
    use std::cell::{Cell, RefCell};
    use std::future::poll_fn;
    use std::task::Poll;

    use super::*;
    use crate::executor::{Executor, Progress, TaskState};

    /// A driver of one "bell" that a test rings from outside: nothing of sockets.
    #[derive(Default)]
    struct Bell {
        waiter: RefCell<Option<Waker>>,
        rung: Cell<bool>,
        /// Rung from outside, taken in at the next tick.
        arriving: Cell<bool>,
    }

    /// The bell's one event: it rang.
    #[derive(Debug, PartialEq)]
    struct Rang;

    impl fmt::Display for Rang {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("bell 0 rang")
        }
    }

    const BELL: ResourceId = ResourceId(NonZeroU32::MIN);

    impl Driver for Bell {
        fn noun(&self) -> &'static str {
            "bell"
        }

        fn take_arrivals(&self) {
            if self.arriving.take() {
                self.rung.set(true);
                record(|_| DriverRecord {
                    head: 0,
                    words: [0, 0],
                    len: 0,
                });
                wake_from(BELL, self.waiter.borrow_mut().take());
            }
        }

        fn awaits_arrivals(&self) -> bool {
            self.waiter.borrow().is_some()
        }

        fn event(&self, _: DriverRecord, _: &dyn Fn(TaskId) -> TaskLabel) -> Rc<dyn DriverEvent> {
            Rc::new(Rang)
        }
    }

    /// Waits until the bell of the running executor rings.
    async fn wait_for_bell() {
        let bell = current::<Bell>().expect("inside a task");
        poll_fn(|cx| {
            if bell.rung.get() {
                return Poll::Ready(());
            }
            *bell.waiter.borrow_mut() = Some(cx.waker().clone());
            note_parked_on(BELL);
            Poll::Pending
        })
        .await;
    }

    #[test]
    fn a_driver_of_any_kind_plugs_in_and_names_its_resources() {
        let executor = Executor::new();
        executor.spawn("listener", wait_for_bell());
        assert_eq!(executor.tick(10), Progress::WaitingOnIo);
        let bell = ResourceLabel {
            id: BELL,
            noun: "bell",
        };
        assert_eq!(
            executor.stats().per_task[0].state,
            TaskState::Parked {
                resource: Some(bell)
            }
        );
        executor.driver::<Bell>().arriving.set(true);
        assert_eq!(executor.tick(10), Progress::Done);
        expect_test::expect![[r#"
            1: task `listener` spawned
            2: task `listener` polled: Pending
            3: bell 0 rang
            4: task `listener` woken by bell 0
            5: task `listener` polled: Ready
        "#]]
        .assert_eq(&executor.trace().render());
    }

    #[test]
    fn a_task_parked_on_a_resource_nothing_will_wake_is_named_in_the_deadlock() {
        let executor = Executor::new();
        executor.spawn("listener", wait_for_bell());
        executor.tick(10);
        executor.driver::<Bell>().waiter.borrow_mut().take();
        let Progress::Stalled(diagnosis) = executor.tick(10) else {
            panic!("the run should be stalled");
        };
        assert_eq!(
            diagnosis.to_string(),
            "deadlock: no task is ready and no timer is pending, but these tasks are \
             unfinished: `listener` (waiting on bell 0)"
        );
    }
}
