//! One run of a program, replayable: it owns the executor, advances it a bounded number of polls
//! at a time, and steps back by replaying the same program from scratch to one poll earlier,
//! which gives exactly the earlier state because the executor is deterministic. It never touches
//! the browser; the animation-frame driver or a test calls it.

use std::rc::Rc;

use crate::executor::{
    Deadline, Event, Executor, Progress, TaskId, TaskState, TraceEntry, WakeSource,
};
use crate::net::{Network, NetworkFailure};
use crate::script::ast::Span;
use crate::script::eval::{Blocking, Program, RuntimeError};

use super::code_marks::{self, LineMark};
use super::settings::Settings;
use crate::script::Diagnostic;
use crate::session::pacing::tuning::POLLS_PER_TIME_CHECK;

/// Starts a program on a fresh executor by spawning its root task(s) as the settings say (async
/// tasks or preempted threads), and returns the interpreted program when there is one, for its
/// runtime errors and blocking reports.
pub type Start = Rc<dyn Fn(&Executor, Settings) -> Option<Program>>;

/// A program running on its own executor.
pub struct Run {
    start: Start,
    settings: Settings,
    executor: Rc<Executor>,
    program: Option<Program>,
    progress: Progress,
    /// Whether the run talks to a real network, whose events cannot be replayed.
    live: bool,
    /// The code that runs, when it is a program's text: what its runtime error is located in.
    code: Option<Rc<str>>,
}

impl Run {
    /// Spawns the program on a fresh executor with the chosen policy; nothing is polled yet.
    pub fn new(start: Start, settings: Settings) -> Run {
        let (executor, program) = fresh_executor(&start, settings);
        Run {
            start,
            settings,
            executor,
            program,
            progress: Progress::Busy,
            live: false,
            code: None,
        }
    }

    /// The same run, noting that it runs `code`, so that its panic can be shown in that code.
    pub fn of_code(self, code: &str) -> Run {
        Run {
            code: Some(code.into()),
            ..self
        }
    }

    /// The lines of `code` to mark where the run stands (see [`code_marks::run_lines`]), when
    /// `code` is the code that runs.
    pub fn run_lines(&self, code: &str) -> Vec<(usize, LineMark)> {
        let (Some(ran), Some(program)) = (
            self.code.as_deref().filter(|ran| *ran == code),
            &self.program,
        ) else {
            return Vec::new();
        };
        let finished: Vec<TaskId> = self
            .executor
            .stats()
            .per_task
            .iter()
            .filter(|task| task.state == TaskState::Finished)
            .map(|task| task.task.id)
            .collect();
        code_marks::run_lines(
            ran,
            polled_last(&self.executor),
            &program.suspensions(),
            |task| !finished.contains(&task),
        )
    }

    /// The panic (or limit) that ended the program, as a diagnostic of `code`, when `code` is
    /// the code that ran: an edit since makes its line and column mean nothing.
    pub fn runtime_diagnostic(&self, code: &str) -> Option<Diagnostic> {
        let ran = self.code.as_deref().filter(|ran| *ran == code)?;
        code_marks::runtime_diagnostic(ran, &self.runtime_error()?)
    }

    /// The same run, marked as talking to a real network: stepping back is off, because the
    /// server would not answer a replay the same way (or in the same time).
    pub fn live(self) -> Run {
        Run { live: true, ..self }
    }

    /// Whether stepping back (replaying) is possible.
    pub fn can_step_back(&self) -> bool {
        !self.live
    }

    /// The panic that ended the program, located in its source.
    pub fn runtime_error(&self) -> Option<RuntimeError> {
        self.program.as_ref().and_then(Program::error)
    }

    /// Where the future that last returned Pending is parked: the span of its `.await`.
    pub fn last_suspension(&self) -> Option<Span> {
        self.program.as_ref().and_then(Program::last_suspension)
    }

    /// Each time a task blocked the executor (a long stretch without an await, or
    /// `std::thread::sleep`): the task and one sentence.
    pub fn blockings(&self) -> Vec<Blocking> {
        self.program
            .as_ref()
            .map(Program::blockings)
            .unwrap_or_default()
    }

    /// The blocking reports with repeats folded, for a status that stays one line per distinct
    /// report however long a task spins: each report once, in the order first made, with how
    /// many times it was made.
    pub fn blocking_summary(&self) -> Vec<(Blocking, usize)> {
        let mut summary: Vec<(Blocking, usize)> = Vec::new();
        for report in self.blockings() {
            match summary.iter_mut().find(|(seen, _)| *seen == report) {
                Some((_, count)) => *count += 1,
                None => summary.push((report, 1)),
            }
        }
        summary
    }

    /// The first network operation that failed in this run (the program got it as an `Err`), so
    /// that a run whose connection failed does not end as a plain success.
    pub fn first_network_failure(&self) -> Option<NetworkFailure> {
        let network = self.executor.installed_driver::<Network>()?;
        network.failures().into_iter().next()
    }

    /// The executor, for the views.
    pub fn executor(&self) -> &Rc<Executor> {
        &self.executor
    }

    /// What the last advance reported.
    pub fn progress(&self) -> &Progress {
        &self.progress
    }

    /// Whether another advance can do anything.
    pub fn has_work(&self) -> bool {
        self.progress.has_work() && self.runtime_error().is_none()
    }

    /// Polls up to `polls` ready tasks (or fires the next timers).
    pub fn advance(&mut self, polls: usize) -> &Progress {
        if self.has_work() {
            self.progress = self.executor.tick(polls);
        }
        &self.progress
    }

    /// Like [`Run::advance`], but in small slices, stopping early once the frame's `deadline`
    /// has passed: a frame never runs long, however slow each poll is, since an interpreted
    /// poll that runs past the deadline pauses and goes on in the next frame.
    pub fn advance_within(&mut self, polls: usize, deadline: Deadline) -> &Progress {
        let mut remaining = polls;
        while remaining > 0 && self.has_work() {
            let slice = remaining.min(POLLS_PER_TIME_CHECK);
            self.progress = self.executor.tick_until(slice, deadline);
            remaining -= slice;
            if deadline.passed() {
                break;
            }
        }
        &self.progress
    }

    /// Polls exactly one task (or fires the next timers).
    pub fn step(&mut self) -> &Progress {
        self.advance(1)
    }

    /// The run as it stood at event `seq` of its trace: replayed from the start through the
    /// poll that event belongs to (the poll it ends or happened during, or the last one before
    /// it). `None` on a live run, which cannot be replayed.
    pub fn as_of_event(&self, seq: u64) -> Option<Run> {
        if self.live {
            return None;
        }
        let polls = {
            let trace = self.executor.trace();
            let through = usize::try_from(seq).unwrap_or(usize::MAX);
            let ended = trace.entries().take(through).filter(ends_a_poll).count() as u64;
            let selected = through.checked_sub(1).and_then(|index| trace.get(index));
            let during = selected.is_some_and(|entry| happens_during_a_poll(&entry, ended));
            ended + u64::from(during)
        };
        let mut replay = Run::new(Rc::clone(&self.start), self.settings);
        replay.code.clone_from(&self.code);
        replay.replay_to(polls);
        Some(replay)
    }

    /// Polls from a fresh start until `polls` polls have run (or the run ends first).
    fn replay_to(&mut self, polls: u64) {
        // A tick polls at most its budget, so asking for exactly the polls still missing never
        // overshoots, and the replay reads the counters once per tick rather than once per poll.
        let mut replayed = 0;
        while replayed < polls && self.has_work() {
            self.advance(usize::try_from(polls - replayed).unwrap_or(usize::MAX));
            replayed = self.executor.stats().total.polls;
        }
    }

    /// Returns to the state just before the last poll, by replaying from the start. Does nothing
    /// before the first poll, or on a live run.
    pub fn step_back(&mut self) {
        if self.live {
            return;
        }
        let polls = self.executor.stats().total.polls;
        let Some(target) = polls.checked_sub(1) else {
            return;
        };
        (self.executor, self.program) = fresh_executor(&self.start, self.settings);
        self.progress = Progress::Busy;
        self.replay_to(target);
    }
}

/// How many of the newest events are searched for the last poll: a poll is followed by at most
/// a few events (a time jump, timers firing) before the next one.
const EVENTS_AFTER_A_POLL: usize = 64;

/// Whether an event ends a poll: the poll returned, was preempted, or panicked.
fn ends_a_poll(entry: &TraceEntry) -> bool {
    matches!(
        entry.event,
        Event::Polled { .. } | Event::Preempted { .. } | Event::Aborted { .. }
    )
}

/// Whether `entry`, recorded after `polls_before` polls ended, is something a task did while
/// it was being polled (printed, spawned or woke a task), so that it belongs to the poll that
/// ends after it. The root task's spawn comes before any poll.
fn happens_during_a_poll(entry: &TraceEntry, polls_before: u64) -> bool {
    match &entry.event {
        Event::Output { task, .. } => task.is_some(),
        Event::Spawned { .. } => polls_before > 0,
        Event::Woken { by, .. } => matches!(by, WakeSource::Task(_)),
        _ => false,
    }
}

/// The task whose poll (or panic) the trace recorded last, from its newest events.
fn polled_last(executor: &Executor) -> Option<TaskId> {
    let trace = executor.trace();
    let len = trace.len();
    let newest = (len.saturating_sub(EVENTS_AFTER_A_POLL)..len).rev();
    newest
        .filter_map(|index| trace.get(index))
        .find_map(|entry| match entry.event {
            Event::Polled { task, .. }
            | Event::Preempted { task }
            | Event::Aborted { task, .. } => Some(task.id),
            _ => None,
        })
}

fn fresh_executor(start: &Start, settings: Settings) -> (Rc<Executor>, Option<Program>) {
    let executor = Rc::new(Executor::new().with_policy(settings.policy));
    let program = start(&executor, settings);
    (executor, program)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::yield_now;

    fn two_yielding_workers() -> Start {
        Rc::new(|executor: &Executor, _| {
            for name in ["left", "right"] {
                executor.spawn(name, async {
                    yield_now().await;
                    yield_now().await;
                });
            }
            None
        })
    }

    #[test]
    fn stepping_back_restores_exactly_the_trace_before_the_last_poll() {
        let mut run = Run::new(two_yielding_workers(), Settings::default());
        let mut traces = vec![run.executor().trace().render()];
        while run.has_work() {
            run.step();
            traces.push(run.executor().trace().render());
        }
        assert_eq!(run.executor().stats().total.polls, 6);
        // The tick that finds the work done polls nothing and records nothing.
        traces.dedup();
        for expected in traces.iter().rev().skip(1) {
            run.step_back();
            assert_eq!(&run.executor().trace().render(), expected);
        }
        run.step_back();
        assert_eq!(
            run.executor().stats().total.polls,
            0,
            "stepping back before the start stays there"
        );
    }

    #[test]
    fn advancing_within_a_time_budget_stops_when_time_is_up() {
        let mut run = Run::new(two_yielding_workers(), Settings::default());
        run.advance_within(
            100,
            Deadline {
                clock: || 1.0,
                at_ms: 0.0,
            },
        );
        assert_eq!(
            run.executor().stats().total.polls,
            6.min(POLLS_PER_TIME_CHECK as u64)
        );
        let mut unhurried = Run::new(two_yielding_workers(), Settings::default());
        unhurried.advance_within(
            100,
            Deadline {
                clock: || 0.0,
                at_ms: 1.0,
            },
        );
        assert_eq!(unhurried.progress(), &Progress::Done);
    }

    #[test]
    fn advancing_in_frames_reaches_the_same_end_as_stepping() {
        let mut framed = Run::new(two_yielding_workers(), Settings::default());
        while framed.has_work() {
            framed.advance(4);
        }
        let mut stepped = Run::new(two_yielding_workers(), Settings::default());
        while stepped.has_work() {
            stepped.step();
        }
        assert_eq!(framed.progress(), &Progress::Done);
        assert_eq!(framed.executor().output(), stepped.executor().output());
        assert_eq!(framed.executor().stats(), stepped.executor().stats());
    }

    #[test]
    fn the_run_knows_which_await_its_last_pending_future_is_parked_at() {
        let source = "use async_playground::prelude::{println, *};\n\nasync fn nap() {\n    yield_now().await;\n    sleep(10).await;\n    println!(\"rested\");\n}\n\nfn main() {\n    block_on(nap());\n}\n";
        let Ok(start) = crate::session::program::prepare(source) else {
            panic!("the program loads");
        };
        let (file, _) = crate::script::parse(source);
        let machines = crate::script::state_machine::state_machines(source, &file);
        let awaits: Vec<Span> = machines[0]
            .await_points
            .iter()
            .map(|point| point.span)
            .collect();
        let mut run = Run::new(start, Settings::default());
        let mut parked_at = Vec::new();
        while run.has_work() {
            run.step();
            parked_at.extend(
                run.last_suspension()
                    .and_then(|span| awaits.iter().position(|&each| each == span)),
            );
        }
        parked_at.dedup();
        assert_eq!(
            parked_at,
            [0, 1],
            "nap was parked at its first await, then at its second"
        );
    }

    #[test]
    fn a_blocking_report_names_the_task_that_blocked() {
        let Some(preset) = crate::lesson::presets::presets("pitfalls")
            .iter()
            .find(|preset| preset.name == "blocking_sleep")
        else {
            panic!("lesson pitfalls has the blocking_sleep preset");
        };
        let Ok(start) = crate::session::program::prepare(preset.source) else {
            panic!("the preset loads");
        };
        let mut run = Run::new(start, Settings::default());
        while run.has_work() {
            run.advance(64);
        }
        let blocked: Vec<(Option<String>, String)> = run
            .blockings()
            .into_iter()
            .map(|blocking| {
                (
                    blocking.task.map(|task| task.name.as_str().to_owned()),
                    blocking.message,
                )
            })
            .collect();
        let message =
            "`std::thread::sleep` blocked the executor for 50 ms: no other task could run"
                .to_owned();
        assert_eq!(blocked, [(Some("sleeper".to_owned()), message)]);
    }

    #[test]
    fn a_task_that_spins_is_one_blocking_report_with_a_count() {
        let source = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        let mut n: u64 = 0;\n        loop {\n            n += 1;\n        }\n    });\n}\n";
        let Ok(start) = crate::session::program::prepare(source) else {
            panic!("the program loads");
        };
        let mut run = Run::new(start, Settings::default());
        for _ in 0..5 {
            run.advance(1);
        }
        let summary = run.blocking_summary();
        assert_eq!(summary.len(), 1, "{summary:?}");
        assert!(summary[0].1 >= 4, "every slice counted: {summary:?}");
        assert_eq!(run.blockings().len(), summary[0].1);
    }
}
