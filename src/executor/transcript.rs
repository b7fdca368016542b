//! How a compiled lesson program runs and reports: the prelude's `block_on`, and a thread-local
//! transcript that, while [`capture`] is active, receives the program's printed lines, the task
//! statistics of each `block_on` run and any stall diagnosis, so tests can check whole programs
//! in-process. It must never change what a program computes: without a capture, output goes to
//! stdout and a stall ends the process with [`STALLED_EXIT_CODE`].

use std::cell::RefCell;
use std::future::Future;
use std::panic::{self, AssertUnwindSafe};

use super::{Executor, OutputLine, StallDiagnosis};

/// The exit status of a compiled program that stalled outside a capture, where a real
/// executor would have hung forever.
pub const STALLED_EXIT_CODE: i32 = 3;

/// One task of a finished `block_on` run and how often it was polled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskPolls {
    /// The task's name (`main` for the future given to `block_on`).
    pub name: String,
    /// Every call to the task's `poll`.
    pub polls: u64,
}

/// Everything a captured program showed: its lines in print order, its tasks in spawn order
/// (runs concatenated in the order they happened) and, if it stalled, why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Transcript {
    /// Printed lines, attributed to the printing task when printed inside a run.
    pub output: Vec<OutputLine>,
    /// Every task of every `block_on` run, in spawn order.
    pub tasks: Vec<TaskPolls>,
    /// The diagnosis of the run that could not finish; the program stopped there.
    pub stalled: Option<StallDiagnosis>,
}

/// The unwinding payload that stops a captured program at a stalled `block_on`.
struct Stalled;

thread_local! {
    static ACTIVE: RefCell<Option<Transcript>> = const { RefCell::new(None) };
}

/// Runs `program` with its output, run statistics and stall diagnosis captured instead of
/// printed, and returns them. Captures may nest; the inner one sees only its own program.
///
/// # Panics
/// Re-raises any panic of `program` other than a stall, after restoring the outer capture.
pub fn capture(program: impl FnOnce()) -> Transcript {
    let outer = ACTIVE.with(|active| active.replace(Some(Transcript::default())));
    let outcome = panic::catch_unwind(AssertUnwindSafe(program));
    let transcript = ACTIVE
        .with(|active| active.replace(outer))
        .unwrap_or_default();
    match outcome {
        Err(payload) if !payload.is::<Stalled>() => panic::resume_unwind(payload),
        _ => transcript,
    }
}

/// Takes `text` into the active capture, or hands it back when there is none.
pub(crate) fn capture_line(text: String) -> Option<String> {
    ACTIVE.with(|active| match active.borrow_mut().as_mut() {
        Some(transcript) => {
            transcript.output.push(OutputLine { task: None, text });
            None
        }
        None => Some(text),
    })
}

/// The panic of a `block_on` inside a running executor, word for word as
/// `futures::executor::block_on`'s.
pub(crate) const NESTED_BLOCK_ON: &str =
    "cannot execute `LocalPool` executor from within another executor: EnterError";

/// Runs `future` as the task `main` on a fresh waker-driven [`Executor`] and returns its output,
/// like `futures::executor::block_on`, which it also follows in panicking inside a running
/// executor. Lines printed during the run reach stdout (or the active
/// capture) when it ends.
///
/// A stall (a lost waker or a deadlock) would hang a real program. Here it ends the program
/// instead: under [`capture`] the diagnosis is recorded and the program stops; otherwise the
/// diagnosis goes to stderr and the process exits with [`STALLED_EXIT_CODE`].
pub fn block_on<F>(future: F) -> F::Output
where
    F: Future + 'static,
    F::Output: 'static,
{
    if super::with_current(|_| ()).is_some() {
        panic!("{NESTED_BLOCK_ON}");
    }
    let executor = Executor::new().with_trace(false);
    let result = executor.try_block_on(future);
    report_run(&executor);
    result.unwrap_or_else(|diagnosis| stop_stalled(diagnosis))
}

/// Hands a finished run's output and per-task polls to the active capture, or prints the output.
fn report_run(executor: &Executor) {
    let lines = executor.output();
    let tasks = executor.stats().per_task.into_iter().map(|task| TaskPolls {
        name: task.task.name.as_str().to_owned(),
        polls: task.stats.polls,
    });
    ACTIVE.with(|active| match active.borrow_mut().as_mut() {
        Some(transcript) => {
            transcript.output.extend(lines);
            transcript.tasks.extend(tasks);
        }
        None => lines.iter().for_each(|line| println!("{}", line.text)),
    });
}

fn stop_stalled(diagnosis: StallDiagnosis) -> ! {
    let captured = ACTIVE.with(|active| match active.borrow_mut().as_mut() {
        Some(transcript) => {
            transcript.stalled = Some(diagnosis.clone());
            true
        }
        None => false,
    });
    if captured {
        panic::resume_unwind(Box::new(Stalled));
    }
    eprintln!("the program can never finish: {diagnosis}");
    std::process::exit(STALLED_EXIT_CODE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prelude::{println, yield_now};

    #[test]
    fn capture_collects_lines_in_print_order_with_task_stats() {
        let transcript = capture(|| {
            println!("before");
            let answer = block_on(async {
                println!("inside");
                yield_now().await;
                41
            });
            println!("after {}", answer + 1);
        });
        let lines: Vec<String> = transcript.output.iter().map(ToString::to_string).collect();
        assert_eq!(lines, ["before", "[main] inside", "after 42"]);
        assert_eq!(
            transcript.tasks,
            [TaskPolls {
                name: "main".to_owned(),
                polls: 2
            }]
        );
        assert_eq!(transcript.stalled, None);
    }

    #[test]
    fn a_stalled_block_on_stops_the_captured_program_with_its_diagnosis() {
        let transcript = capture(|| {
            block_on(std::future::pending::<()>());
            println!("never printed");
        });
        assert_eq!(transcript.output, []);
        assert_eq!(
            transcript.tasks,
            [TaskPolls {
                name: "main".to_owned(),
                polls: 1
            }]
        );
        let diagnosis = transcript.stalled.map(|diagnosis| diagnosis.to_string());
        let expected = "deadlock: no task is ready and no timer is pending, but these tasks are unfinished: `main`";
        assert_eq!(diagnosis.as_deref(), Some(expected));
    }

    #[test]
    fn other_panics_pass_through_and_restore_the_outer_capture() {
        let outer = capture(|| {
            let inner = panic::catch_unwind(|| capture(|| panic::panic_any("boom")));
            assert!(inner.is_err());
            println!("still captured");
        });
        assert_eq!(outer.output.len(), 1);
    }
}
