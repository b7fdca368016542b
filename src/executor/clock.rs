//! The virtual clock: pending `sleep` timers ordered by deadline, then by registration, and the
//! `Sleep` future. It must never read wall-clock time: time only moves when the executor has
//! nothing else to do and jumps to the next deadline.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::current;
use super::task::TaskId;

/// Orders timers by deadline, and timers with equal deadlines by registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct TimerKey {
    deadline_ms: u64,
    seq: u64,
}

/// A timer that reached its deadline and must now wake its task.
pub(crate) struct DueTimer {
    pub(crate) waker: Waker,
    pub(crate) owner: Option<TaskId>,
}

/// The clock and its pending timers.
#[derive(Default)]
pub(crate) struct Timers {
    now_ms: u64,
    next_seq: u64,
    pending: BTreeMap<TimerKey, (Waker, Option<TaskId>)>,
}

impl Timers {
    pub(crate) fn next_deadline(&self) -> Option<u64> {
        self.pending.keys().next().map(|key| key.deadline_ms)
    }

    fn register(&mut self, after_ms: u64, waker: Waker, owner: Option<TaskId>) -> TimerKey {
        let key = TimerKey {
            deadline_ms: self.now_ms.saturating_add(after_ms),
            seq: self.next_seq,
        };
        self.next_seq += 1;
        self.pending.insert(key, (waker, owner));
        key
    }

    /// Keeps the newest waker of a still-pending timer; false once the timer has fired.
    fn refresh(&mut self, key: TimerKey, waker: &Waker) -> bool {
        match self.pending.get_mut(&key) {
            Some((stored, _)) => {
                stored.clone_from(waker);
                true
            }
            None => false,
        }
    }

    fn cancel(&mut self, key: TimerKey) {
        self.pending.remove(&key);
    }

    /// Moves the clock to the earliest deadline (never backwards); returns (from, to).
    pub(crate) fn advance_to_next(&mut self) -> Option<(u64, u64)> {
        let next = self.next_deadline()?;
        let from = self.now_ms;
        self.now_ms = from.max(next);
        Some((from, self.now_ms))
    }

    /// Removes and returns the earliest timer if its deadline has been reached.
    pub(crate) fn pop_due(&mut self) -> Option<DueTimer> {
        let entry = self.pending.first_entry()?;
        if entry.key().deadline_ms > self.now_ms {
            return None;
        }
        let (waker, owner) = entry.remove();
        Some(DueTimer { waker, owner })
    }
}

/// Completes after `ms` milliseconds of virtual time, counted from its first poll.
///
/// # Panics
/// When polled outside a running `Executor`, because only an executor has a virtual clock.
pub fn sleep(ms: u64) -> Sleep {
    Sleep {
        duration_ms: ms,
        state: SleepState::New,
    }
}

/// The future returned by [`sleep`].
#[must_use = "futures do nothing unless awaited"]
pub struct Sleep {
    duration_ms: u64,
    state: SleepState,
}

enum SleepState {
    New,
    Waiting {
        timers: Rc<RefCell<Timers>>,
        key: TimerKey,
    },
    Done,
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        match &self.state {
            SleepState::New => {
                let (timers, owner) = current::with_current(|core| core.timer_context())
                    .unwrap_or_else(|| panic!("{}", current::NO_EXECUTOR));
                let key = timers
                    .borrow_mut()
                    .register(self.duration_ms, cx.waker().clone(), owner);
                self.state = SleepState::Waiting { timers, key };
                Poll::Pending
            }
            SleepState::Waiting { timers, key } => {
                if timers.borrow_mut().refresh(*key, cx.waker()) {
                    return Poll::Pending;
                }
                self.state = SleepState::Done;
                Poll::Ready(())
            }
            SleepState::Done => Poll::Ready(()),
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        // A sleep dropped early must not keep the clock busy or wake its task spuriously.
        if let SleepState::Waiting { timers, key } = &self.state {
            timers.borrow_mut().cancel(*key);
        }
    }
}
