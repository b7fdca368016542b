//! The executor's engine: task slots, the run queue, one poll, wake draining, timers firing and
//! the progress verdict. It must never allocate per poll, hold a `RefCell` borrow while a task is
//! polled, or let anything but program order decide what runs next.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::rc::{Rc, Weak};
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

use super::clock::Timers;
use super::current;
use super::diagnosis::{ParkedTask, StallDiagnosis};
use super::driver::{Driver, ResourceId, ResourceLabel};
use super::join::{JoinHandle, JoinState};
use super::output::OutputLine;
use super::task::{
    with_ids, Counters, TaskFuture, TaskId, TaskLabel, TaskName, TaskSlot, TaskSnapshot, TaskState,
    TaskTable, TaskWakers,
};
use super::trace::{AbortCause, PollOutcome, Record, Trace};
use super::waker::{Notification, TaskWaker, WakeCause, WakeQueue};
use super::{Deadline, Policy, Progress, BLOCK_ON_TASK};

/// Under busy polling, how many rounds in a row may make no progress before the executor says
/// the program is stuck. A busy-polled future may count its polls, so one round is not proof.
const FRUITLESS_ROUND_LIMIT: u64 = 100;

/// How many finished tasks' wakers are kept for reuse: enough for bursts of short tasks, few
/// enough that the memory kept after a burst stays small.
const SPARE_WAKERS: usize = 1024;

/// Progress of the current busy-polling round.
#[derive(Clone, Copy)]
struct BusyRound {
    /// Whether some poll in this round was preceded by a wake or finished its task.
    productive: bool,
    /// How many completed rounds in a row were not productive.
    fruitless_rounds: u64,
}

/// All state of one executor, shared with the current-executor slot while it runs.
pub(crate) struct Core {
    /// This executor, for join handles, which must not keep it alive.
    this: Weak<Core>,
    policy: Cell<Policy>,
    tasks: TaskTable,
    run_queue: RefCell<VecDeque<TaskId>>,
    wake_queue: Arc<WakeQueue>,
    /// Wakers of finished tasks that nobody else holds, for the next tasks' first polls: kept
    /// whole, so that reusing one costs no reference-count traffic.
    spare_wakers: RefCell<Vec<TaskWakers>>,
    /// Reused buffer for draining the shared wake queue without allocating.
    wake_batch: RefCell<Vec<(TaskId, WakeCause)>>,
    trace: RefCell<Trace>,
    /// A copy of the trace's switch that can be read without borrowing the trace.
    tracing: Cell<bool>,
    /// A copy of the virtual clock that can be read without borrowing the timers.
    now_ms: Cell<u64>,
    pub(crate) timers: Rc<RefCell<Timers>>,
    /// What sits beside the executor and owns the resources tasks park on, once installed.
    driver: RefCell<Option<Rc<dyn Driver>>>,
    output: RefCell<Vec<OutputLine>>,
    /// Where printed lines go instead of `output`, once a consumer streams them.
    output_sink: RefCell<Option<OutputSink>>,
    diagnoses: RefCell<Vec<StallDiagnosis>>,
    current_task: Cell<Option<TaskId>>,
    unfinished: Cell<usize>,
    busy: Cell<BusyRound>,
    stall_reported: Cell<bool>,
    /// When the running tick's time is up, if it has a deadline.
    deadline: Cell<Option<Deadline>>,
    /// Set by the task being polled when it pauses part-way because the deadline passed.
    pausing: Cell<bool>,
    /// A poll paused part-way, with the wake that led to it: the next tick resumes it first.
    paused: Cell<Option<(TaskId, Notification)>>,
    /// Set once a task's poll ended the program (a panic): nothing is polled after it.
    aborted: Cell<bool>,
    /// The task whose poll ended the program, and why.
    abort: RefCell<Option<(TaskId, AbortCause)>>,
    /// Set while the poll in progress is being preempted (threads mode), until it is recorded.
    preempting: Cell<bool>,
    /// The tasks that run a future passed to `block_on`, in spawn order.
    block_on_tasks: RefCell<Vec<TaskId>>,
}

/// A consumer of printed lines, called as each is printed.
pub(crate) type OutputSink = Box<dyn FnMut(&OutputLine)>;

/// How a poll ended.
#[derive(PartialEq, Eq)]
enum PollEnd {
    Finished,
    Pending,
    /// The task paused part-way through the poll; the next tick resumes it.
    Paused,
}

impl Core {
    pub(crate) fn new(this: Weak<Core>) -> Self {
        Core {
            this,
            policy: Cell::new(Policy::WakerDriven),
            tasks: TaskTable::default(),
            run_queue: RefCell::default(),
            wake_queue: Arc::default(),
            spare_wakers: RefCell::default(),
            wake_batch: RefCell::default(),
            trace: RefCell::new(Trace::new(true)),
            tracing: Cell::new(true),
            now_ms: Cell::new(0),
            timers: Rc::default(),
            driver: RefCell::default(),
            output: RefCell::default(),
            output_sink: RefCell::default(),
            diagnoses: RefCell::default(),
            current_task: Cell::new(None),
            unfinished: Cell::new(0),
            busy: Cell::new(BusyRound {
                productive: true,
                fruitless_rounds: 0,
            }),
            stall_reported: Cell::new(false),
            deadline: Cell::new(None),
            pausing: Cell::new(false),
            paused: Cell::new(None),
            aborted: Cell::new(false),
            abort: RefCell::default(),
            preempting: Cell::new(false),
            block_on_tasks: RefCell::default(),
        }
    }

    pub(crate) fn set_policy(&self, policy: Policy) {
        self.policy.set(policy);
    }

    pub(crate) fn trace(&self) -> &RefCell<Trace> {
        &self.trace
    }

    pub(crate) fn wake_queue(&self) -> &WakeQueue {
        &self.wake_queue
    }

    pub(crate) fn set_tracing(&self, enabled: bool) {
        self.tracing.set(enabled);
        let mut trace = self.trace.borrow_mut();
        trace.set_enabled(enabled, self.now_ms());
        if enabled {
            // Tasks spawned while tracing was off still need their names in the narration.
            trace.learn_names(self.tasks.names().iter());
        }
    }

    pub(crate) fn is_tracing(&self) -> bool {
        self.tracing.get()
    }

    pub(crate) fn now_ms(&self) -> u64 {
        self.now_ms.get()
    }

    /// Records an event if tracing is on.
    #[inline(always)]
    pub(crate) fn record(&self, record: Record) {
        if self.tracing.get() {
            self.trace.borrow_mut().record(record);
        }
    }

    /// Records a diagnosis both in the trace and in the list kept even when tracing is off.
    fn report(&self, diagnosis: StallDiagnosis) {
        if self.tracing.get() {
            self.trace.borrow_mut().record_diagnosis(&diagnosis);
        }
        self.diagnoses.borrow_mut().push(diagnosis);
    }

    pub(crate) fn diagnoses(&self) -> Vec<StallDiagnosis> {
        self.diagnoses.borrow().clone()
    }

    pub(crate) fn label(&self, task: TaskId) -> Option<TaskLabel> {
        self.tasks.label(task)
    }

    /// The driver of type `D`, installing a new one if there is none.
    ///
    /// # Panics
    /// When a driver of another type is installed.
    pub(crate) fn driver<D: Driver + Default>(&self) -> Rc<D> {
        let installed = self.driver.borrow().clone();
        let driver: Rc<dyn Driver> = installed.unwrap_or_else(|| {
            let driver: Rc<dyn Driver> = Rc::new(D::default());
            *self.driver.borrow_mut() = Some(Rc::clone(&driver));
            self.trace.borrow_mut().set_driver(Rc::clone(&driver));
            driver
        });
        let any: Rc<dyn Any> = driver;
        any.downcast::<D>()
            .unwrap_or_else(|_| panic!("this executor already has a driver of another type"))
    }

    /// The installed driver, if any.
    pub(crate) fn installed_driver<D: Driver>(&self) -> Option<Rc<D>> {
        let any: Rc<dyn Any> = self.driver.borrow().clone()?;
        any.downcast::<D>().ok()
    }

    /// How the trace and the diagnoses name `resource`.
    fn resource_label(&self, id: ResourceId) -> ResourceLabel {
        let driver = self.driver.borrow();
        let noun = driver.as_ref().map_or("resource", |driver| driver.noun());
        ResourceLabel { id, noun }
    }

    /// The task being polled right now, if any.
    pub(crate) fn current_task(&self) -> Option<TaskId> {
        self.current_task.get()
    }

    /// The task being polled right now, if any.
    pub(crate) fn current_label(&self) -> Option<TaskLabel> {
        self.current_task.get().and_then(|task| self.label(task))
    }

    /// What a `sleep` needs to register: the clock and the task that sleeps.
    pub(crate) fn timer_context(&self) -> (Rc<RefCell<Timers>>, Option<TaskId>) {
        (Rc::clone(&self.timers), self.current_task.get())
    }

    pub(crate) fn spawn<F>(&self, name: TaskName, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        let id = TaskId::from_index(self.tasks.len());
        if self.tracing.get() {
            self.trace.borrow_mut().learn_name(id, &name);
        }
        self.record(Record::Spawned(id));
        self.tasks.push(name, Box::pin(future));
        self.unfinished.set(self.unfinished.get() + 1);
        // Under busy polling a new task joins the next round, which polls every task anyway.
        if self.policy.get() == Policy::WakerDriven {
            self.run_queue.borrow_mut().push_back(id);
        }
        JoinHandle::new(Weak::clone(&self.this), id)
    }

    /// Spawns `future` as the task `main` that runs what was passed to `block_on`, marked so.
    pub(crate) fn spawn_block_on<F>(&self, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        let handle = self.spawn(TaskName::from(BLOCK_ON_TASK), future);
        self.block_on_tasks.borrow_mut().push(handle.task_id());
        handle
    }

    /// The tasks spawned by [`Core::spawn_block_on`], in spawn order.
    pub(crate) fn block_on_tasks(&self) -> Vec<TaskId> {
        self.block_on_tasks.borrow().clone()
    }

    pub(crate) fn is_finished(&self, task: TaskId) -> bool {
        self.tasks
            .slots()
            .get(task.index())
            .is_some_and(|slot| slot.finished.get())
    }

    /// The finished task's output, or `None` after parking `waiter` to hear when it finishes.
    pub(crate) fn take_output_or_park(
        &self,
        task: TaskId,
        waiter: Option<&Waker>,
    ) -> Option<Box<dyn Any>> {
        self.tasks.join_mut(task)?.take_or_park(waiter)
    }

    /// Polls up to `budget` ready tasks, stopping early once `stop_after` finishes or, with a
    /// `deadline`, once a poll pauses because the deadline passed. A poll paused by an earlier
    /// tick is resumed first, before anything else can happen, so that pausing changes nothing
    /// but how the work is spread over ticks.
    pub(crate) fn tick(
        &self,
        budget: usize,
        stop_after: Option<TaskId>,
        deadline: Option<Deadline>,
    ) -> Progress {
        self.deadline.set(deadline);
        let progress = self.tick_until_paused(budget, stop_after);
        self.deadline.set(None);
        progress
    }

    fn tick_until_paused(&self, budget: usize, stop_after: Option<TaskId>) -> Progress {
        let mut polled = 0;
        let resumed = if budget > 0 { self.paused.take() } else { None };
        if let Some((task, wake)) = resumed {
            polled = 1;
            match self.resume_paused(task, wake) {
                PollEnd::Paused => return Progress::Busy,
                PollEnd::Finished if Some(task) == stop_after => return self.progress(),
                _ => {}
            }
        }
        self.take_arrivals();
        for _ in polled..budget {
            if self.aborted.get() {
                break;
            }
            let Some(task) = self.next_ready() else { break };
            match self.poll_task(task, None) {
                PollEnd::Paused => return Progress::Busy,
                PollEnd::Finished if Some(task) == stop_after => break,
                _ => {}
            }
        }
        self.progress()
    }

    /// What a tick takes in before polling: the driver's arrivals, wakes from elsewhere and,
    /// when no task is ready, the next timers (or a new busy-polling round).
    fn take_arrivals(&self) {
        // Cloned out so that the driver can record and wake without this cell borrowed.
        let driver = self.driver.borrow().clone();
        if let Some(driver) = driver {
            driver.take_arrivals();
        }
        self.drain_wakes();
        if self.run_queue.borrow().is_empty() {
            self.prepare_queue();
        }
    }

    /// Whether the task being polled should pause part-way because the tick's deadline
    /// passed. When it says so, the task must return `Poll::Pending` at once, without waking
    /// itself: the executor counts nothing, records nothing, and the next tick resumes the
    /// same poll.
    pub(crate) fn pause_if_out_of_time(&self) -> bool {
        let out_of_time =
            self.current_task.get().is_some() && self.deadline.get().is_some_and(Deadline::passed);
        if out_of_time {
            self.pausing.set(true);
        }
        out_of_time
    }

    fn next_ready(&self) -> Option<TaskId> {
        if let Some(next) = self.run_queue.borrow_mut().pop_front() {
            return Some(next);
        }
        // Wakes made on this thread joined the queue as they happened; those from elsewhere
        // join it when it runs dry.
        self.drain_wakes();
        let next = self.run_queue.borrow_mut().pop_front();
        if next.is_some()
            || self.policy.get() == Policy::WakerDriven
            || self.busy_polling_is_stuck()
        {
            return next;
        }
        self.prepare_queue();
        self.run_queue.borrow_mut().pop_front()
    }

    /// Fills an empty run queue: by firing the next timers, or with a new busy-polling round.
    fn prepare_queue(&self) {
        match self.policy.get() {
            Policy::WakerDriven => {
                if self.has_timers() {
                    self.fire_next_timers();
                }
            }
            Policy::BusyPolling => self.start_busy_round(),
        }
    }

    fn start_busy_round(&self) {
        let mut round = self.busy.get();
        if round.productive {
            round.fruitless_rounds = 0;
        } else if self.has_timers() {
            // Nothing else could move, so virtual time may jump, exactly as when waker-driven.
            self.fire_next_timers();
            round.fruitless_rounds = 0;
        } else {
            round.fruitless_rounds += 1;
        }
        round.productive = false;
        self.busy.set(round);
        let slots = self.tasks.slots();
        let unfinished = with_ids(&slots)
            .filter(|(_, slot)| !slot.finished.get())
            .map(|(task, _)| task);
        self.run_queue.borrow_mut().extend(unfinished);
    }

    fn busy_polling_is_stuck(&self) -> bool {
        let round = self.busy.get();
        !round.productive && !self.has_timers() && round.fruitless_rounds >= FRUITLESS_ROUND_LIMIT
    }

    fn has_timers(&self) -> bool {
        self.timers.borrow().next_deadline().is_some()
    }

    /// Jumps the clock to the earliest deadline and fires every timer due then, in order.
    fn fire_next_timers(&self) {
        let Some((from_ms, to_ms)) = self.timers.borrow_mut().advance_to_next() else {
            return;
        };
        self.now_ms.set(to_ms);
        self.trace.borrow_mut().set_time(to_ms);
        if to_ms > from_ms {
            self.record(Record::TimeAdvanced);
        }
        loop {
            let Some(timer) = self.timers.borrow_mut().pop_due() else {
                break;
            };
            self.record(Record::TimerFired(timer.owner));
            WakeCause::Timer.scope(|| timer.waker.wake());
        }
    }

    /// Takes a wake made on this thread while this executor runs: recorded the moment it
    /// happens, so the narration tells wakes in their true order, and queued at once.
    // Inlined into the waker natively (14 instructions a wake); the wasm build keeps one copy,
    // as it is tuned for size.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn take_wake(&self, task: TaskId, cause: WakeCause) {
        // A preempted task's wake of itself is part of its preemption, recorded as one event.
        if !self.preempting.get() || cause != WakeCause::Task(task) {
            self.record(Record::Woken(task, cause));
        }
        // Under busy polling a wake only counts (by the waker's flag): every round polls all.
        if self.policy.get() == Policy::WakerDriven {
            self.run_queue.borrow_mut().push_back(task);
        }
    }

    /// Resumes a poll paused part-way by the last tick; `wake` led to that poll.
    #[inline(never)]
    fn resume_paused(&self, task: TaskId, wake: Notification) -> PollEnd {
        self.poll_task(task, Some(wake))
    }

    /// Polls one task in place, or resumes its paused poll (`resumed` is the wake that led to
    /// that poll).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn poll_task(&self, task: TaskId, resumed: Option<Notification>) -> PollEnd {
        let slots = self.tasks.slots();
        let Some(slot) = slots.get(task.index()) else {
            return PollEnd::Pending;
        };
        // `None` once finished: a task may wake itself in the poll that finishes it.
        let Some(mut future) = slot.future.take() else {
            return PollEnd::Pending;
        };
        let wake = match (resumed, slot.wakers.get()) {
            (Some(wake), _) => wake,
            (None, Some(wakers)) => wakers.handle.take_notification(),
            (None, None) => Notification::SPAWNED,
        };
        let wakers = slot.wakers.get_or_init(|| self.wakers_for(task));
        if resumed.is_none() {
            slot.waiting_on.set(None);
        }
        self.current_task.set(Some(task));
        let mut cx = Context::from_waker(&wakers.waker);
        let poll = WakeCause::Task(task).scope(|| future.as_mut().poll_boxed(&mut cx));
        self.current_task.set(None);
        let finished = poll.is_ready();
        if self.pausing.get() && !finished {
            slot.future.set(Some(future));
            drop(slots);
            self.pause(task, wake);
            return PollEnd::Paused;
        }
        let lost = self.end_poll(task, slot, wake, finished);
        if finished {
            drop(slots);
            self.retire(task, future);
        } else {
            slot.future.set(Some(future));
            drop(slots);
        }
        self.tasks.adopt_spawned();
        // A task that ended the program holds no waker because it will never run again, and
        // says why itself.
        if lost && !self.aborted.get() {
            if let Some(task) = self.tasks.label(task) {
                self.report(StallDiagnosis::LostWaker { task });
            }
        }
        if let Poll::Ready(output) = poll {
            self.finish(task, output);
            return PollEnd::Finished;
        }
        PollEnd::Pending
    }

    /// Keeps a poll that paused part-way for the next tick.
    #[cold]
    fn pause(&self, task: TaskId, wake: Notification) {
        self.pausing.set(false);
        self.tasks.adopt_spawned();
        self.paused.set(Some((task, wake)));
    }

    /// A waker for `task`: a spare one if any, else a new one.
    fn wakers_for(&self, task: TaskId) -> TaskWakers {
        if let Some(spare) = self.spare_wakers.borrow_mut().pop() {
            spare.handle.reuse_for(task);
            return spare;
        }
        let handle = Arc::new(TaskWaker::new(task, Arc::clone(&self.wake_queue)));
        TaskWakers {
            waker: Waker::from(Arc::clone(&handle)),
            handle,
        }
    }

    /// Drops a finished task's future, then keeps its waker for reuse if nobody else holds it.
    fn retire(&self, task: TaskId, future: TaskFuture) {
        self.unfinished.set(self.unfinished.get() - 1);
        let wakers = self
            .tasks
            .slots_mut()
            .get_mut(task.index())
            .and_then(|slot| slot.wakers.take());
        let Some(wakers) = wakers else {
            return;
        };
        // Retire first so that wakes from the future's destructor are ignored.
        wakers.handle.retire();
        drop(future);
        let mut spare = self.spare_wakers.borrow_mut();
        if wakers.is_unshared() && spare.len() < SPARE_WAKERS {
            spare.push(wakers);
        }
    }

    /// Counts the poll and the wake that led to it, and says whether the task, still pending,
    /// lost its waker.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn end_poll(&self, task: TaskId, slot: &TaskSlot, wake: Notification, finished: bool) -> bool {
        let woken_now = slot.pending_wake();
        // The executor holds two references (its handle and the task's waker); any more are
        // waker clones held somewhere that can still wake the task.
        let lost = !finished
            && self.policy.get() == Policy::WakerDriven
            && !woken_now.is_woken()
            && slot.wakers.get().is_some_and(TaskWakers::is_unshared);
        let mut counters = slot.counters.get();
        Counters::count(&mut counters.polls, true);
        Counters::count(&mut counters.wasted_polls, !finished && !wake.is_woken());
        counters.count_wake(wake);
        // A wake during the last poll is counted now: the task will not be polled again.
        if finished {
            counters.count_wake(woken_now);
            slot.finished.set(true);
        }
        slot.counters.set(counters);
        slot.waiting_on.set(current::take_parked_on());
        let outcome = if finished {
            PollOutcome::Ready
        } else {
            PollOutcome::Pending
        };
        // No poll follows the one that aborted, so this is that one.
        if self.aborted.get() {
            self.record_abort();
        } else if self.preempting.replace(false) && !finished {
            self.record(Record::Preempted(task));
        } else {
            self.record(Record::Polled(task, outcome));
        }
        if wake.is_woken() || finished {
            self.busy.set(BusyRound {
                productive: true,
                ..self.busy.get()
            });
        }
        self.stall_reported.set(false);
        lost
    }

    /// Stores a finished task's output and wakes the task awaiting its handle, if any.
    fn finish(&self, task: TaskId, output: Box<dyn Any>) {
        let waiter = {
            let join = self.tasks.join_mut(task);
            match join.map(|mut join| std::mem::replace(&mut *join, JoinState::Finished(output))) {
                Some(JoinState::Running(waiter)) => waiter,
                _ => None,
            }
        };
        if let Some(waiter) = waiter {
            WakeCause::Task(task).scope(|| waiter.wake());
        }
    }

    /// Takes the wakes made while this executor could not take them at once (from another
    /// thread, or between ticks), as `take_wake` would have. A finished task has no waker left
    /// here, and a wake of it is ignored, as its retired waker ignores one made later.
    fn drain_wakes(&self) {
        let mut batch = self.wake_batch.borrow_mut();
        self.wake_queue.take_into(&mut batch);
        for &(task, cause) in batch.iter() {
            let slots = self.tasks.slots();
            let wakers = slots.get(task.index()).and_then(|slot| slot.wakers.get());
            if wakers.is_some_and(|wakers| wakers.handle.take_foreign()) {
                drop(slots);
                self.take_wake(task, cause);
            }
        }
        batch.clear();
    }

    /// Ends the program from inside the poll in progress, as a panic leaving a compiled
    /// executor does: that poll is recorded as an [`Event::Aborted`] with `cause`, and no task
    /// is polled after it. Outside a poll it does nothing.
    ///
    /// [`Event::Aborted`]: super::Event::Aborted
    pub(crate) fn abort(&self, cause: AbortCause) {
        if let Some(task) = self.current_task.get() {
            if !self.aborted.replace(true) {
                *self.abort.borrow_mut() = Some((task, cause));
            }
        }
    }

    /// Notes that the poll in progress is being preempted (threads mode): the task's wake of
    /// itself and the poll's end are recorded as one [`Event::Preempted`]. Outside a poll it
    /// does nothing.
    ///
    /// [`Event::Preempted`]: super::Event::Preempted
    pub(crate) fn preempt(&self) {
        if self.current_task.get().is_some() {
            self.preempting.set(true);
        }
    }

    #[cold]
    fn record_abort(&self) {
        if let (true, Some((task, cause))) = (self.tracing.get(), &*self.abort.borrow()) {
            self.trace.borrow_mut().record_abort(*task, cause);
        }
    }

    /// The task whose poll ended the program, and why, once one has.
    pub(crate) fn aborted(&self) -> Option<(TaskLabel, AbortCause)> {
        let (task, cause) = self.abort.borrow().clone()?;
        Some((self.tasks.label(task)?, cause))
    }

    fn progress(&self) -> Progress {
        self.drain_wakes();
        // Nothing runs after a panic, so nothing is left to do or to diagnose.
        if self.aborted.get() {
            return Progress::Done;
        }
        if self.paused.get().is_some() {
            return Progress::Busy;
        }
        if self.unfinished.get() == 0 {
            return Progress::Done;
        }
        if !self.run_queue.borrow().is_empty() {
            return Progress::Busy;
        }
        let busy_polling = self.policy.get() == Policy::BusyPolling;
        // A productive busy round means the next round may find more to do.
        if busy_polling && self.busy.get().productive {
            return Progress::Busy;
        }
        if let Some(next_deadline_ms) = self.timers.borrow().next_deadline() {
            return Progress::WaitingOnTimers { next_deadline_ms };
        }
        let driver = self.driver.borrow().clone();
        if driver.is_some_and(|driver| driver.awaits_arrivals()) {
            return Progress::WaitingOnIo;
        }
        if busy_polling && !self.busy_polling_is_stuck() {
            return Progress::Busy;
        }
        let parked = self.parked_tasks();
        let diagnosis = if busy_polling {
            StallDiagnosis::FruitlessPolling {
                rounds: self.busy.get().fruitless_rounds + 1,
                parked,
            }
        } else {
            StallDiagnosis::Deadlock { parked }
        };
        if !self.stall_reported.replace(true) {
            self.report(diagnosis.clone());
        }
        Progress::Stalled(diagnosis)
    }

    fn parked_tasks(&self) -> Vec<ParkedTask> {
        let slots = self.tasks.slots();
        let unfinished = with_ids(&slots).filter(|(_, slot)| !slot.finished.get());
        let parked = |(task, slot): (TaskId, &TaskSlot)| {
            Some(ParkedTask {
                task: self.tasks.label(task)?,
                resource: slot.waiting_on.get().map(|id| self.resource_label(id)),
            })
        };
        unfinished.filter_map(parked).collect()
    }

    pub(crate) fn record_output(&self, text: String) {
        if self.tracing.get() {
            self.trace
                .borrow_mut()
                .record_output(self.current_task.get(), &text);
        }
        let line = OutputLine {
            task: self.current_label(),
            text,
        };
        match self.output_sink.borrow_mut().as_mut() {
            Some(sink) => sink(&line),
            None => self.output.borrow_mut().push(line),
        }
    }

    /// Sends every line printed from now on to `sink` instead of keeping it.
    pub(crate) fn stream_output(&self, sink: OutputSink) {
        *self.output_sink.borrow_mut() = Some(sink);
    }

    pub(crate) fn output(&self) -> Vec<OutputLine> {
        self.output.borrow().clone()
    }

    /// Adds a guest task: a future that the program polls itself (a learner's own executor)
    /// gets a lane, and its polls and wakes are recorded as the program makes them, but this
    /// executor never schedules it, and it does not keep the run from being done.
    pub(crate) fn adopt_guest(&self, name: TaskName) -> TaskId {
        let id = TaskId::from_index(self.tasks.len());
        if self.tracing.get() {
            self.trace.borrow_mut().learn_name(id, &name);
        }
        self.record(Record::Spawned(id));
        self.tasks.push_guest(name);
        id
    }

    /// Records a poll the program made of a guest task's future, and whether it finished.
    pub(crate) fn record_guest_poll(&self, task: TaskId, finished: bool) {
        self.tasks.with_slot(task, |slot| {
            let mut counters = slot.counters.get();
            Counters::count(&mut counters.polls, true);
            slot.counters.set(counters);
            slot.finished.set(finished);
        });
        let outcome = match finished {
            true => PollOutcome::Ready,
            false => PollOutcome::Pending,
        };
        self.record(Record::Polled(task, outcome));
    }

    /// Makes `task` the one being polled, giving the one that was.
    pub(crate) fn swap_current_task(&self, task: Option<TaskId>) -> Option<TaskId> {
        self.current_task.replace(task)
    }

    /// Records a wake of a guest task by the program, caused by the task being polled.
    pub(crate) fn record_guest_wake(&self, task: TaskId) {
        self.tasks.with_slot(task, |slot| {
            let mut counters = slot.counters.get();
            Counters::count(&mut counters.wakes, true);
            slot.counters.set(counters);
        });
        let cause = self
            .current_task
            .get()
            .map_or(WakeCause::External, WakeCause::Task);
        self.record(Record::Woken(task, cause));
    }

    pub(crate) fn task_snapshots(&self) -> Vec<TaskSnapshot> {
        let slots = self.tasks.slots();
        let snapshot = |(task, slot): (TaskId, &TaskSlot)| {
            Some(TaskSnapshot {
                task: self.tasks.label(task)?,
                state: self.state(slot),
                stats: slot.stats(),
            })
        };
        with_ids(&slots).filter_map(snapshot).collect()
    }

    fn state(&self, slot: &TaskSlot) -> TaskState {
        if slot.finished.get() {
            TaskState::Finished
        } else if slot.wakers.get().is_some() && !slot.pending_wake().is_woken() {
            TaskState::Parked {
                resource: slot.waiting_on.get().map(|id| self.resource_label(id)),
            }
        } else {
            TaskState::Ready
        }
    }
}
