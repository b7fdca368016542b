//! Side-by-side runs of the same program: lesson 5 runs it under each executor policy, so the
//! polls a busy-polling executor wastes can be counted next to a waker-driven one; lesson 1 runs
//! it as async tasks and as preempted threads, to compare how their output interleaves. It never
//! touches the browser, and bounds each run so a program that never finishes cannot hang it.

use crate::executor::{OutputLine, Policy, Stats};

use crate::session::run::{Run, Start};
use crate::session::settings::{Mode, Settings};

/// The most polls a comparison run may take before it is cut short.
pub const MAX_COMPARISON_POLLS: u64 = 200_000;

/// The counters of the two runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyComparison {
    /// Polling only woken tasks.
    pub waker_driven: Stats,
    /// Polling every unfinished task every round.
    pub busy_polling: Stats,
}

/// The output of the two runs, each line with its task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModeComparison {
    /// Run as async tasks, switching only at awaits.
    pub as_tasks: Vec<OutputLine>,
    /// Run as threads, preempted by the seeded time slices of the settings.
    pub as_threads: Vec<OutputLine>,
}

/// Runs `start`'s program under both policies until it finishes, stalls or reaches
/// [`MAX_COMPARISON_POLLS`].
pub fn compare_policies(start: &Start, settings: Settings) -> PolicyComparison {
    let stats = |policy| {
        run_to_end(start, Settings { policy, ..settings })
            .executor()
            .stats()
    };
    PolicyComparison {
        waker_driven: stats(Policy::WakerDriven),
        busy_polling: stats(Policy::BusyPolling),
    }
}

/// Runs `start`'s program as async tasks and as threads, each until it finishes, stalls or
/// reaches [`MAX_COMPARISON_POLLS`].
pub fn compare_modes(start: &Start, settings: Settings) -> ModeComparison {
    let output = |mode| {
        run_to_end(start, Settings { mode, ..settings })
            .executor()
            .output()
    };
    ModeComparison {
        as_tasks: output(Mode::Async),
        as_threads: output(Mode::Threads),
    }
}

/// Runs `start`'s program with `settings` until it finishes, stalls or reaches
/// [`MAX_COMPARISON_POLLS`]: the silent runs of comparisons and predictions.
pub(crate) fn run_to_end(start: &Start, settings: Settings) -> Run {
    let mut run = Run::new(start.clone(), settings);
    while run.has_work() && run.executor().stats().total.polls < MAX_COMPARISON_POLLS {
        run.advance(1_000);
    }
    run
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::executor::sleep;
    use crate::session::settings::QUANTUM_RANGE;

    #[test]
    fn busy_polling_wastes_polls_that_waker_driven_polling_does_not() {
        let start: Start = Rc::new(|executor, _| {
            executor.spawn("sleeper", sleep(50));
            executor.spawn("napper", sleep(10));
            None
        });
        let comparison = compare_policies(&start, Settings::default());
        assert_eq!(
            (
                comparison.waker_driven.total.polls,
                comparison.waker_driven.total.wasted_polls
            ),
            (4, 0)
        );
        assert!(comparison.busy_polling.total.polls >= comparison.waker_driven.total.polls);
        assert_eq!(comparison.busy_polling.per_task.len(), 2);
    }

    #[test]
    fn the_lesson_five_preset_wastes_polls_only_when_busy_polling() {
        let preset = crate::lesson::presets::presets("context-waker")[0];
        let Ok(start) = crate::session::program::prepare(preset.source) else {
            panic!("the preset {} loads", preset.name);
        };
        let comparison = compare_policies(&start, Settings::default());
        assert_eq!(comparison.waker_driven.total.wasted_polls, 0);
        assert!(comparison.busy_polling.total.wasted_polls > 0);
        assert!(comparison.busy_polling.total.polls > comparison.waker_driven.total.polls);
    }

    #[test]
    fn every_quantum_the_page_offers_lets_threads_finish() {
        let preset = crate::lesson::presets::presets("thread-vs-async")[0];
        let Ok(start) = crate::session::program::prepare(preset.source) else {
            panic!("the preset {} loads", preset.name);
        };
        let as_tasks = compare_modes(&start, Settings::default()).as_tasks;
        let (shortest, longest) = QUANTUM_RANGE.into_inner();
        for quantum in [shortest, shortest + 1, 7, longest] {
            let settings = Settings {
                quantum,
                ..Settings::default()
            };
            let as_threads = compare_modes(&start, settings).as_threads;
            assert_eq!(
                as_threads.len(),
                as_tasks.len(),
                "with quantum {quantum} the threads print every line"
            );
        }
    }

    #[test]
    fn threads_interleave_where_async_tasks_run_to_their_await() {
        let preset = crate::lesson::presets::presets("thread-vs-async")
            .iter()
            .find(|preset| preset.name == "spawned_workers")
            .map_or("", |preset| preset.source);
        let Ok(start) = crate::session::program::prepare(preset) else {
            panic!("the spawned_workers preset loads");
        };
        let settings = Settings {
            quantum: 3,
            ..Settings::default()
        };
        let comparison = compare_modes(&start, settings);
        let tasks = |lines: &[OutputLine]| -> Vec<String> {
            lines
                .iter()
                .map(|line| {
                    line.task
                        .as_ref()
                        .map_or("-".into(), |task| task.name.as_str().to_owned())
                })
                .collect()
        };
        assert_eq!(
            tasks(&comparison.as_tasks),
            ["a", "a", "a", "a", "b", "b", "b", "b", "main"]
        );
        let threads = tasks(&comparison.as_threads);
        assert_eq!(threads.len(), 9, "the same lines are printed");
        assert_ne!(
            threads,
            tasks(&comparison.as_tasks),
            "threads were preempted mid-loop: {threads:?}"
        );
        assert_eq!(
            compare_modes(&start, settings),
            comparison,
            "the same seed gives the same interleaving"
        );
    }
}
