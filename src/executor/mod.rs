//! A single-threaded, deterministic executor built for watching async Rust run: named tasks, a
//! run queue, safe wakers, two polling policies, a virtual clock, a trace of every event and exact
//! stall diagnoses. It is driven by one verb, [`Executor::tick`]. What tasks wait on beside
//! timers (the network) plugs in as a [`Driver`], which the executor knows only as resources
//! tasks park on. It must never read wall-clock time, use `unsafe`, or depend on anything
//! outside `std` (`crate::net` included: the network depends on the executor, never the reverse).

mod chunked;
mod clock;
mod core;
mod current;
mod diagnosis;
pub(crate) mod driver;
mod join;
mod output;
mod task;
mod trace;
pub mod transcript;
mod waker;
mod yield_now;

use std::cell::Ref;
use std::future::Future;
use std::rc::{Rc, Weak};

pub use self::clock::{sleep, Sleep};
pub use self::current::spawn;
pub use self::diagnosis::{ParkedTask, StallDiagnosis};
pub use self::driver::{Driver, DriverEvent, DriverRecord, ResourceId, ResourceLabel};
pub use self::join::JoinHandle;
#[doc(hidden)]
pub use self::output::print_line;
pub use self::output::OutputLine;
pub use self::task::{TaskId, TaskLabel, TaskName, TaskSnapshot, TaskState, TaskStats};
pub use self::trace::{
    AbortCause, Entries, Event, PollOutcome, Trace, TraceCursor, TraceEntry, WakeSource,
};
pub use self::yield_now::{yield_now, YieldNow};

pub(crate) use self::core::Core;
pub(crate) use self::current::{
    abort, adopt_guest, as_guest, pause_if_out_of_time, preempt, record_guest_poll,
    record_guest_wake, spawn_block_on, with_current, NO_EXECUTOR,
};
pub(crate) use self::transcript::NESTED_BLOCK_ON;

/// The name of the task that runs a future passed to `block_on`, as a compiled program's
/// transcript names it too.
pub const BLOCK_ON_TASK: &str = "main";

/// How the executor chooses which tasks to poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    /// Poll only tasks whose waker was used: what real executors do.
    WakerDriven,
    /// Poll every unfinished task each round, as if futures had no `Context` to wake with.
    BusyPolling,
}

/// What [`Executor::tick`] found: whether calling it again will do anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// Some task is ready to be polled now.
    Busy,
    /// No task is ready, but timers are pending: the next tick jumps virtual time to
    /// `next_deadline_ms` and fires them.
    WaitingOnTimers {
        /// The earliest pending deadline in virtual milliseconds.
        next_deadline_ms: u64,
    },
    /// No task is ready, but a task waits on a resource of the driver whose next event arrives
    /// from outside in real time (a real WebSocket, say): keep ticking.
    WaitingOnIo,
    /// Every task has finished, or one ended the program by panicking ([`Event::Aborted`]):
    /// nothing will run any more.
    Done,
    /// Unfinished tasks remain but nothing can wake them: no timer, nothing awaited from
    /// outside, and no waker held anywhere the program can reach.
    Stalled(StallDiagnosis),
}

impl Progress {
    /// Whether another tick could do anything. Timers count: the next tick jumps virtual time.
    pub fn has_work(&self) -> bool {
        matches!(
            self,
            Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo
        )
    }
}

/// When a tick's time is up, on the caller's clock (the page's `performance.now()`).
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    /// Milliseconds on a monotonic clock.
    pub clock: fn() -> f64,
    /// The clock reading from which the time is up.
    pub at_ms: f64,
}

impl Deadline {
    /// Whether the clock has reached the deadline.
    pub fn passed(self) -> bool {
        (self.clock)() >= self.at_ms
    }
}

/// Poll and wake counters, in total and per task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    /// The sum over all tasks.
    pub total: TaskStats,
    /// Every task in spawn order, with its state and counters.
    pub per_task: Vec<TaskSnapshot>,
}

/// How many polls `block_on` allows per tick; a tick is cheap, so this only bounds latency.
const BLOCK_ON_BUDGET: usize = 1024;

/// A single-threaded executor with a virtual clock, a trace and, once installed, a driver.
pub struct Executor {
    core: Rc<Core>,
}

impl Default for Executor {
    fn default() -> Self {
        Self::new()
    }
}

impl Executor {
    /// A waker-driven executor with tracing on and nothing spawned.
    pub fn new() -> Self {
        Executor {
            core: Rc::new_cyclic(|this| Core::new(Weak::clone(this))),
        }
    }

    /// Chooses the polling policy; set it before spawning.
    pub fn with_policy(self, policy: Policy) -> Self {
        self.core.set_policy(policy);
        self
    }

    /// Turns trace recording on or off. Off, events are not even built, and every result
    /// (output, statistics, diagnostics) stays the same.
    pub fn with_trace(self, enabled: bool) -> Self {
        self.core.set_tracing(enabled);
        self
    }

    /// The driver of type `D` (the network, for one) that sits beside this executor, installing
    /// a new one if it has none, so that it can be set up before the program runs.
    ///
    /// # Panics
    /// When the executor already has a driver of another type.
    pub fn driver<D: Driver + Default>(&self) -> Rc<D> {
        self.core.driver()
    }

    /// The driver of type `D` if one is installed: a view reads it without installing one.
    pub fn installed_driver<D: Driver>(&self) -> Option<Rc<D>> {
        self.core.installed_driver()
    }

    /// Creates a task named `name` that will run `future`; the handle yields its output.
    pub fn spawn<F>(&self, name: impl Into<TaskName>, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        self.core.spawn(name.into(), future)
    }

    /// Polls up to `budget` ready tasks (firing due timers first if none is ready) and says
    /// whether more work remains. The browser calls this once per animation frame.
    ///
    /// # Panics
    /// When called from inside a task of a running executor.
    pub fn tick(&self, budget: usize) -> Progress {
        let _entered = current::enter(&self.core);
        self.core.tick(budget, None, None)
    }

    /// Like [`Executor::tick`], but a task whose poll runs past `deadline` may pause part-way
    /// (an interpreted task checks every few hundred steps); the tick then ends, and the next
    /// one resumes that poll before anything else. The trace, the output and every counter are
    /// the same as if the poll had not paused: a long poll is only spread over more ticks.
    ///
    /// # Panics
    /// When called from inside a task of a running executor.
    pub fn tick_until(&self, budget: usize, deadline: Deadline) -> Progress {
        let _entered = current::enter(&self.core);
        self.core.tick(budget, None, Some(deadline))
    }

    /// Runs `future` as the task `main` until it finishes, returning its output, or the
    /// diagnosis if the program can no longer make progress. Other tasks may remain unfinished.
    pub fn try_block_on<F>(&self, future: F) -> Result<F::Output, StallDiagnosis>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        let root = self.core.spawn_block_on(future);
        let _entered = current::enter(&self.core);
        loop {
            let progress = self.core.tick(BLOCK_ON_BUDGET, Some(root.task_id()), None);
            if let Some(output) = root.take_output() {
                return Ok(output);
            }
            if let Progress::Stalled(diagnosis) = progress {
                return Err(diagnosis);
            }
        }
    }

    /// Like [`Executor::try_block_on`], for programs expected to finish.
    ///
    /// # Panics
    /// With the diagnosis when the program stalls (where a real executor would hang forever),
    /// or when called from inside a task.
    pub fn block_on<F>(&self, future: F) -> F::Output
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        self.try_block_on(future)
            .unwrap_or_else(|diagnosis| panic!("block_on cannot finish: {diagnosis}"))
    }

    /// The events recorded so far. Drop the guard before the next `tick`: the executor records
    /// into the same trace, and a `RefCell` cannot be written while it is being read.
    pub fn trace(&self) -> Ref<'_, Trace> {
        self.core.trace().borrow()
    }

    /// Every line printed through the prelude's `println!`, with the printing task (none once
    /// the output is streamed; see [`Executor::stream_output`]).
    pub fn output(&self) -> Vec<OutputLine> {
        self.core.output()
    }

    /// Hands every line printed from now on to `sink` as it is printed, and keeps none: a
    /// consumer that writes them out (the command-line runner) then runs in constant memory
    /// however much the program prints, even in one poll. The page keeps every line instead,
    /// for its Console.
    pub fn stream_output(&self, sink: impl FnMut(&OutputLine) + 'static) {
        self.core.stream_output(Box::new(sink));
    }

    /// Every diagnosis found so far, recorded even when tracing is off.
    pub fn diagnoses(&self) -> Vec<StallDiagnosis> {
        self.core.diagnoses()
    }

    /// The task whose poll ended the program (it panicked), and why, once one has; recorded
    /// even when tracing is off.
    pub fn aborted(&self) -> Option<(TaskLabel, AbortCause)> {
        self.core.aborted()
    }

    /// The tasks that run a future passed to `block_on` (named [`BLOCK_ON_TASK`]), in spawn
    /// order: a compiled program polls such a future on the thread that called `block_on`,
    /// which is why a view may draw them with that caller.
    pub fn block_on_tasks(&self) -> Vec<TaskId> {
        self.core.block_on_tasks()
    }

    /// Poll and wake counters, per task and in total.
    pub fn stats(&self) -> Stats {
        let per_task = self.core.task_snapshots();
        let mut total = TaskStats::default();
        per_task.iter().for_each(|task| total.add(&task.stats));
        Stats { total, per_task }
    }

    /// The virtual clock in milliseconds.
    pub fn now_ms(&self) -> u64 {
        self.core.now_ms()
    }
}
