//! The evaluator of the playground's Rust subset: programs are lowered to a stack machine whose
//! bodies are resumable, so every `async fn`, `async` block, combinator and hand-written
//! `impl Future` is a real `Future` polled by the playground [`Executor`]. It must never block
//! the thread, panic on any program, or run a program that failed to compile.

mod atomic;
mod channel;
mod collections;
mod combinators;
mod compile;
mod consume;
mod crate_future;
mod drops;
mod format;
mod future;
mod futures_mutex;
mod iter;
mod local_pool;
mod matching;
mod mem;
mod memory;
mod method_names;
mod methods;
mod natives;
pub(crate) mod number;
pub(crate) mod ops;
mod order;
mod program;
mod stream;
mod sync;
mod teardown;
mod text;
mod traits;
mod value;
mod vm;
mod waker;

use std::cell::{Cell, RefCell};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

pub use self::memory::{counting_allocator, measure_with, CountingAllocator};

use self::future::TaskBody;
use self::program::{PrintTarget, Proto};
use self::vm::{Coroutine, Fault, Step};
use crate::executor::{AbortCause, Executor, Progress, StallDiagnosis, TaskId, TaskLabel};
use crate::script::ast::Span;
use crate::script::diagnostic::line_col;
use crate::script::limits::{Limit, Limits};
use crate::script::stack::StackGuard;
use crate::script::Diagnostic;

/// What one poll of an interpreted task costs against the step budget, on top of the steps it
/// runs: about what the executor spends on a poll, measured in steps, so that a task that only
/// awaits (an endless `yield_now` or `sleep` loop, a future that wakes itself) reaches the budget
/// in about the time a plain endless loop does.
const STEPS_PER_POLL: u64 = 100;

/// What a call of a program function or closure costs against the step budget, on top of the
/// steps it runs: about what making its frame costs, measured in steps.
const STEPS_PER_CALL: u64 = 10;

/// What a built-in method or function, a `format!` or a print costs against the step budget,
/// on top of the one step of its instruction: about what it costs, measured in steps, so that
/// an endless loop of them (`n = n.wrapping_add(1)`, `println!`) reaches the budget in about
/// the time a plain endless loop does.
const STEPS_PER_BUILT_IN: u64 = 20;

/// What one call into the program from the interpreter's own code costs against the step
/// budget, on top of the steps it runs (a closure called by `map` or `sort_by`, a `poll` or
/// `fmt` method): about what making and running its body costs, so that an endless iterator
/// (`(0..).map(f).count()`) reaches the budget in about the time an endless loop does.
const STEPS_PER_NESTED_CALL: u64 = 50;

/// A runtime error, located in the source: a panic of the program, or a playground limit it
/// reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuntimeError {
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub col: usize,
    /// What went wrong, as rustc's panic message would say it, or how the limit was reached.
    pub message: String,
    /// The playground limit that stopped the program; `None` when the program panicked.
    pub limit: Option<Limit>,
}

impl RuntimeError {
    /// One sentence for a run's status: whether the program panicked or which limit stopped
    /// it, and where.
    pub fn status(&self) -> String {
        match self.limit {
            Some(limit) => format!("The playground's {limit} limit stopped the program at {self}"),
            None => format!("The program panicked at {self}"),
        }
    }
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

/// One time a task blocked the executor: which task, and what it did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Blocking {
    /// The task being polled when it blocked; `None` only outside any executor.
    pub task: Option<TaskLabel>,
    /// What it did, in one sentence.
    pub message: String,
}

/// A compiled program, ready to run on an executor.
pub struct Program {
    shared: Rc<Shared>,
    /// The checker's warnings, which do not stop the program.
    warnings: Vec<Diagnostic>,
}

/// State shared by every task of one program run.
pub struct Shared {
    program: program::Program,
    source: Rc<str>,
    limits: Limits,
    steps: Cell<u64>,
    nesting: Cell<usize>,
    error: RefCell<Option<RuntimeError>>,
    stderr: RefCell<String>,
    partial_line: RefCell<String>,
    /// Whether the program's output ended with a `print!` that wrote no final newline.
    ended_mid_line: Cell<bool>,
    blocking: RefCell<Vec<Blocking>>,
    /// Threads mode: the random state that picks each slice's length, and the longest slice.
    preemption: Cell<Option<(u64, u32)>>,
    /// The task running `fn main`, noted at each of its polls: code it runs outside any
    /// `block_on` is where compiled code has no executor.
    main_task: Cell<Option<TaskId>>,
    /// Whether the next poll resumes one that paused for the frame's deadline.
    resuming: Cell<bool>,
    /// The random state behind `select!`'s choice among ready branches, seeded by the run so
    /// that a run can be replayed exactly.
    choices: Cell<u64>,
    /// The `.await` that most recently returned Pending, for the state machine view.
    last_suspension: Cell<Option<Span>>,
    /// The `.await`s at which each task's last poll suspended, innermost first, for the editor:
    /// cleared when the task's next poll starts. Indexed by the task's number, which the
    /// executor hands out densely: no hashing on every poll.
    suspensions: RefCell<Vec<Vec<Span>>>,
    /// The wakers the program made itself, and its one thread's parking.
    wakers: waker::Wakers,
    /// The values of the program's `thread_local!` keys, by key, once made.
    thread_locals: RefCell<Vec<Option<value::Value>>>,
    /// A finished future's allocation, kept for the next `yield_now()` (see
    /// `future::recycle_future`).
    spare_future: Cell<Option<future::FutureCell>>,
}

/// What the interpreter needs while running: the program and the poll's real `Context`.
pub struct Env<'a, 'b> {
    /// The program's shared state.
    pub shared: &'a Rc<Shared>,
    /// The context of the executor's current poll.
    pub cx: &'a mut Context<'b>,
}

/// Parses and lowers `source` to run within the default [`Limits`]; the errors are every parse
/// and link diagnostic.
pub fn load(source: &str) -> Result<Program, Vec<Diagnostic>> {
    load_with(source, Limits::default())
}

/// Parses, checks and lowers `source` to run within `limits` (its source nesting is always
/// checked against the default); the errors are every parse, check and link diagnostic.
pub fn load_with(source: &str, limits: Limits) -> Result<Program, Vec<Diagnostic>> {
    load_checked(source, limits, true)
}

/// Parses and lowers `source` without the checker: a program rustc would reject still runs if
/// the interpreter can run it. Only the interpreter's own robustness tests want that.
pub fn load_unchecked(source: &str) -> Result<Program, Vec<Diagnostic>> {
    load_checked(source, Limits::default(), false)
}

fn load_checked(source: &str, limits: Limits, checked: bool) -> Result<Program, Vec<Diagnostic>> {
    let (file, diagnostics) = crate::script::parse(source);
    if !diagnostics.is_empty() {
        return Err(diagnostics);
    }
    let found = match checked {
        true => crate::script::check::check(&file, source).diagnostics,
        false => Vec::new(),
    };
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        found.into_iter().partition(Diagnostic::is_error);
    if !errors.is_empty() {
        return Err(errors);
    }
    let program = compile::compile(&file, source)?;
    let shared = Shared {
        program,
        source: source.into(),
        limits,
        steps: Cell::new(0),
        nesting: Cell::new(0),
        error: RefCell::new(None),
        stderr: RefCell::new(String::new()),
        partial_line: RefCell::new(String::new()),
        ended_mid_line: Cell::new(false),
        blocking: RefCell::new(Vec::new()),
        preemption: Cell::new(None),
        last_suspension: Cell::new(None),
        suspensions: RefCell::default(),
        main_task: Cell::new(None),
        resuming: Cell::new(false),
        choices: Cell::new(mix_seed(0)),
        wakers: waker::Wakers::default(),
        thread_locals: RefCell::new(Vec::new()),
        spare_future: Cell::new(None),
    };
    Ok(Program {
        shared: Rc::new(shared),
        warnings,
    })
}

impl Program {
    /// The checker's warnings (unused futures, `Result`s and variables), in source order.
    pub fn warnings(&self) -> &[Diagnostic] {
        &self.warnings
    }

    /// The root future running `fn main`: spawn it on an [`Executor`] as task `"fn main"`.
    /// `block_on` inside it spawns task `"main"` and waits for it without blocking the thread.
    pub fn main_future(&self) -> MainFuture {
        // A run starts with no `drop` call waiting from an earlier one.
        self.shared.program.drops.clear();
        let main = self
            .shared
            .program
            .funcs
            .get(self.shared.program.main as usize)
            .cloned();
        let body = Coroutine::new(
            main.unwrap_or_else(|| Rc::new(Proto::default())),
            Vec::new(),
            &[],
        );
        MainFuture {
            body,
            shared: Rc::clone(&self.shared),
        }
    }

    /// The runtime error that ended the program, if any.
    pub fn error(&self) -> Option<RuntimeError> {
        self.shared.error.borrow().clone()
    }

    /// Whether the output's last line was printed by `print!` without a newline: the output
    /// lines are whole lines, and this says not to end the last one.
    pub fn ended_mid_line(&self) -> bool {
        self.shared.ended_mid_line.get()
    }

    /// Everything printed with `eprint!`/`eprintln!` so far, taking it.
    pub fn take_stderr(&self) -> String {
        std::mem::take(&mut self.shared.stderr.borrow_mut())
    }

    /// Runs every task as a preemptive thread would run: each time slice lasts between 1 and
    /// `quantum` steps, drawn from a generator seeded with `seed`, so a thread may be switched
    /// out between any two steps and the same seed always gives the same interleaving.
    pub fn preempt(&self, seed: u64, quantum: u32) {
        self.shared
            .preemption
            .set(Some((mix_seed(seed), quantum.max(1))));
    }

    /// Seeds the random choices a program asks for (`select!` polls its branches in a random
    /// order, as futures' does), so that the same seed always makes the same choices.
    pub fn seed_choices(&self, seed: u64) {
        self.shared.choices.set(mix_seed(seed));
    }

    /// The source span of the `.await` that most recently returned Pending, if any: where the
    /// future that last suspended is parked.
    pub fn last_suspension(&self) -> Option<Span> {
        self.shared.last_suspension.get()
    }

    /// Where each task's last poll suspended: the spans of the `.await`s that returned Pending
    /// in it, innermost first (several when it awaits a future that awaits another). A task
    /// polled since only by a poll that did not suspend at an `.await` has none.
    pub fn suspensions(&self) -> Vec<(TaskId, Vec<Span>)> {
        let suspensions = self.shared.suspensions.borrow();
        suspensions
            .iter()
            .enumerate()
            .filter(|(_, spans)| !spans.is_empty())
            .map(|(index, spans)| (TaskId::from_index(index), spans.clone()))
            .collect()
    }

    /// One note per time a task ran a long stretch without an await or called
    /// `std::thread::sleep`: each blocked the executor.
    pub fn blocking_reports(&self) -> Vec<String> {
        self.shared
            .blocking
            .borrow()
            .iter()
            .map(|blocking| blocking.message.clone())
            .collect()
    }

    /// The same reports as [`Program::blocking_reports`], each with the task that blocked.
    pub fn blockings(&self) -> Vec<Blocking> {
        self.shared.blocking.borrow().clone()
    }

    /// Runs the program on `executor` to the end: `Ok` when `fn main` returned.
    pub fn run(&self, executor: &Executor) -> Result<(), RunFailure> {
        executor.spawn("fn main", self.main_future());
        loop {
            let progress = executor.tick(64);
            if let Some(error) = self.error() {
                return Err(RunFailure::Panicked(error));
            }
            match progress {
                Progress::Done => return Ok(()),
                Progress::Stalled(diagnostic) => return Err(RunFailure::Stalled(diagnostic)),
                Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo => {}
            }
        }
    }
}

/// Why a run did not finish normally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunFailure {
    /// The program panicked, or reached a playground limit ([`RuntimeError::limit`]).
    Panicked(RuntimeError),
    /// Tasks remain that nothing can wake.
    Stalled(StallDiagnosis),
}

/// The future of `fn main`; see [`Program::main_future`].
pub struct MainFuture {
    body: Coroutine,
    shared: Rc<Shared>,
}

impl Future for MainFuture {
    type Output = Result<(), RuntimeError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        if let Some(error) = this.shared.error.borrow().clone() {
            return Poll::Ready(Err(error));
        }
        let shared = Rc::clone(&this.shared);
        shared.start_poll();
        shared.main_task.set(current_task());
        let mut env = Env {
            shared: &shared,
            cx,
        };
        match this.body.resume(&mut env, true) {
            Ok(Step::Done(_)) => {
                shared.flush_partial();
                Poll::Ready(Ok(()))
            }
            Ok(Step::Pending) => Poll::Pending,
            Ok(Step::Sliced) => {
                env.cx.waker().wake_by_ref();
                Poll::Pending
            }
            Ok(Step::Paused) => {
                shared.note_paused();
                Poll::Pending
            }
            Err(error) => {
                shared.fail(error.clone());
                Poll::Ready(Err(error))
            }
        }
    }
}

impl Shared {
    /// Spawns `future` as an interpreted task.
    fn spawn(
        self: &Rc<Self>,
        name: String,
        future: crate::script::eval::value::Value,
    ) -> crate::executor::JoinHandle<value::Value> {
        crate::executor::spawn(
            name,
            TaskBody {
                future,
                shared: Rc::clone(self),
            },
        )
    }

    /// Spawns `future` as the task that runs what was passed to `block_on`, marked so for the
    /// views (see [`crate::executor::Executor::block_on_tasks`]).
    fn spawn_block_on(
        self: &Rc<Self>,
        future: crate::script::eval::value::Value,
    ) -> crate::executor::JoinHandle<value::Value> {
        crate::executor::spawn_block_on(TaskBody {
            future,
            shared: Rc::clone(self),
        })
    }

    fn locate(&self, fault: Fault, proto: &Proto, pc: usize) -> RuntimeError {
        if let Some(error) = self.error.borrow_mut().take() {
            return error;
        }
        let span = proto
            .spans
            .get(pc.saturating_sub(1))
            .copied()
            .unwrap_or_default();
        let (line, col) = line_col(&self.source, span.start);
        RuntimeError::from_fault(fault, line, col)
    }

    /// Keeps a located error from a nested run, returning a fault that `locate` resolves to it.
    fn nested_failure(&self, error: RuntimeError) -> Fault {
        let fault = match error.limit {
            Some(limit) => Fault::Limit(limit, error.message.clone()),
            None => Fault::Panic(error.message.clone()),
        };
        *self.error.borrow_mut() = Some(error);
        fault
    }

    /// Ends the program with `error`: the executor records it on the failing task's lane and
    /// polls nothing after it, as a panic leaving a compiled executor would.
    fn fail(&self, error: RuntimeError) {
        self.flush_partial();
        let cause = match error.limit {
            Some(_) => AbortCause::Limit(error.message.clone()),
            None => AbortCause::Panic(error.message.clone()),
        };
        crate::executor::abort(cause);
        *self.error.borrow_mut() = Some(error);
    }

    fn fail_unlocated(&self, fault: Fault) {
        let error = self.error.borrow_mut().take();
        self.fail(error.unwrap_or_else(|| RuntimeError::from_fault(fault, 0, 0)));
    }

    fn failed(&self) -> bool {
        self.error.borrow().is_some()
    }

    /// Charges a poll of a task to the step budget, unless it resumes a poll that paused for
    /// the frame's deadline: the executor resumes that one first, and it is the same poll.
    fn start_poll(&self) {
        if !self.resuming.replace(false) {
            self.add_steps(STEPS_PER_POLL);
            if let Some(task) = current_task() {
                if let Some(spans) = self.suspensions.borrow_mut().get_mut(task.index()) {
                    spans.clear();
                }
            }
        }
    }

    /// Notes that the poll in progress paused for the frame's deadline.
    fn note_paused(&self) {
        self.resuming.set(true);
    }

    /// Adds `steps` to the run's total, to be checked against the budget by the next count.
    fn add_steps(&self, steps: u64) {
        self.steps.set(self.steps.get().saturating_add(steps));
    }

    /// Adds `steps` to the run's total and fails once the total is over the step budget, or
    /// the heap over the memory budget: a program's values grow only as it runs steps.
    fn count_steps(&self, steps: u64) -> Result<(), Fault> {
        self.add_steps(steps);
        memory::reserve(0)?;
        let max = self.limits.steps;
        if self.steps.get() > max {
            return Err(Fault::Limit(
                Limit::Steps,
                format!("the program ran more than {max} steps; is there an infinite loop?"),
            ));
        }
        Ok(())
    }

    /// Fails when a call on top of `frames` frames of one body would go deeper than the call
    /// depth limit.
    fn check_call_depth(&self, frames: usize) -> Result<(), Fault> {
        let max = self.limits.call_depth;
        if frames >= max {
            return Err(Fault::Limit(
                Limit::CallDepth,
                format!("stack overflow: recursion deeper than {max} calls"),
            ));
        }
        Ok(())
    }

    /// Starts a time slice and returns its countdown: a long fixed slice normally, a seeded
    /// random one of 1 to the quantum steps in threads mode. A countdown of `n` runs `n - 1`
    /// steps (it ends on the step after them, which runs first in the next slice), so a
    /// thread's countdown is one more than its steps: with a quantum of 1 it must still move.
    fn start_slice(&self) -> u32 {
        match self.preemption.get() {
            None => vm::SLICE_STEPS,
            Some((state, quantum)) => {
                let next = xorshift(state);
                self.preemption.set(Some((next, quantum)));
                let steps = 1 + (next % u64::from(quantum)) as u32;
                steps + 1
            }
        }
    }

    /// Shuffles `order` with the run's seeded choices (Fisher–Yates, as futures' `select!`).
    fn shuffle(&self, order: &mut [usize]) {
        for i in (1..order.len()).rev() {
            let next = xorshift(self.choices.get());
            self.choices.set(next);
            let j = (next % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
    }

    /// A slice ran out: in threads mode that is preemption; otherwise the task ran so long
    /// without an await that it blocked the executor.
    fn note_slice_end(&self) {
        if self.preemption.get().is_none() {
            self.note_blocking(format!(
                "a task ran {} steps without reaching an `.await`: it blocks the executor",
                vm::SLICE_STEPS
            ));
        } else {
            crate::executor::preempt();
        }
    }

    fn note_suspension(&self, span: Option<Span>) {
        self.last_suspension.set(span);
        if let (Some(task), Some(span)) = (current_task(), span) {
            let mut suspensions = self.suspensions.borrow_mut();
            let index = task.index();
            if suspensions.len() <= index {
                suspensions.resize_with(index + 1, Vec::new);
            }
            suspensions[index].push(span);
        }
    }

    /// Records that the task being polled blocked the executor, as `message` says.
    fn note_blocking(&self, message: String) {
        let task = crate::executor::with_current(crate::executor::Core::current_label).flatten();
        self.blocking.borrow_mut().push(Blocking { task, message });
    }

    /// Whether the code running now is `fn main` outside any `block_on`, where a compiled
    /// program has no executor running.
    fn outside_executor(&self) -> bool {
        let current = current_task();
        current.is_some() && current == self.main_task.get()
    }

    /// Counts a call from inside the interpreter's own Rust code (see
    /// [`Limits::nested_calls`]) until the guard drops. Such calls also take native stack: a
    /// build whose frames are larger (a debug build) may run out of the native stack budget
    /// first, which is reported as the same limit. The calls check three quarters of that
    /// budget, leaving the rest to what one level does, so that the values a level walks are
    /// never the ones refused when it is the calls that recursed.
    fn enter_nested(self: &Rc<Self>) -> Result<NestedRun, Fault> {
        let max = self.limits.nested_calls;
        let too_deep = |why: String| {
            Fault::Limit(
                Limit::CallDepth,
                format!(
                    "stack overflow: calls nested inside built-in methods, trait methods or \
                     awaits {why}"
                ),
            )
        };
        if self.nesting.get() >= max {
            return Err(too_deep(format!("more than {max} deep")));
        }
        let stack = StackGuard::enter_within(crate::script::stack::budget() / 8 * 7)
            .map_err(|_| too_deep(String::from("used up the native stack")))?;
        self.nesting.set(self.nesting.get() + 1);
        Ok(NestedRun {
            shared: Rc::clone(self),
            _stack: stack,
        })
    }

    fn print(&self, target: PrintTarget, text: String) {
        match target {
            PrintTarget::Line => {
                let mut line = std::mem::take(&mut *self.partial_line.borrow_mut());
                line.push_str(&text);
                crate::executor::print_line(line);
            }
            PrintTarget::Partial => {
                let mut partial = self.partial_line.borrow_mut();
                partial.push_str(&text);
                while let Some(at) = partial.find('\n') {
                    let line: String = partial.drain(..=at).collect();
                    crate::executor::print_line(line.trim_end_matches('\n').to_string());
                }
            }
            PrintTarget::ErrLine => {
                let mut stderr = self.stderr.borrow_mut();
                stderr.push_str(&text);
                stderr.push('\n');
            }
            PrintTarget::ErrPartial => self.stderr.borrow_mut().push_str(&text),
        }
    }

    fn flush_partial(&self) {
        let rest = std::mem::take(&mut *self.partial_line.borrow_mut());
        if !rest.is_empty() {
            self.ended_mid_line.set(true);
            crate::executor::print_line(rest);
        }
    }
}

impl RuntimeError {
    fn from_fault(fault: Fault, line: usize, col: usize) -> RuntimeError {
        let (message, limit) = match fault {
            Fault::Panic(message) => (message, None),
            Fault::Limit(limit, message) => (message, Some(limit)),
        };
        RuntimeError {
            line,
            col,
            message,
            limit,
        }
    }
}

/// A seed as a state for [`xorshift`], which needs a non-zero one: mixing in a constant keeps
/// seed 0 usable.
fn mix_seed(seed: u64) -> u64 {
    seed ^ 0x9E37_79B9_7F4A_7C15
}

/// The next state of a xorshift generator.
fn xorshift(state: u64) -> u64 {
    let mut next = state;
    next ^= next << 13;
    next ^= next >> 7;
    next ^= next << 17;
    next
}

/// The task the executor is polling, if any.
fn current_task() -> Option<TaskId> {
    crate::executor::with_current(crate::executor::Core::current_task).flatten()
}

/// Marks a nested synchronous run; see [`Shared::enter_nested`].
struct NestedRun {
    shared: Rc<Shared>,
    _stack: StackGuard,
}

impl Drop for NestedRun {
    fn drop(&mut self) {
        self.shared
            .nesting
            .set(self.shared.nesting.get().saturating_sub(1));
    }
}
