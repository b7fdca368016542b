//! Lesson 5's comparison: the same program run to its end under each executor policy, so the
//! polls a busy-polling executor wastes can be counted next to a waker-driven one. It never
//! touches the browser, and bounds each run so a program that never finishes cannot hang it.

use crate::executor::{Policy, Stats};

use super::run::{Run, Start};
use super::settings::Settings;

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

/// Runs `start`'s program under both policies until it finishes, stalls or reaches
/// [`MAX_COMPARISON_POLLS`].
pub fn compare_policies(start: &Start, settings: Settings) -> PolicyComparison {
    let run_under = |policy| {
        let mut run = Run::new(start.clone(), Settings { policy, ..settings });
        while run.has_work() && run.executor().stats().total.polls < MAX_COMPARISON_POLLS {
            run.advance(1_000);
        }
        run.executor().stats()
    };
    PolicyComparison { waker_driven: run_under(Policy::WakerDriven), busy_polling: run_under(Policy::BusyPolling) }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;
    use crate::executor::sleep;

    #[test]
    fn busy_polling_wastes_polls_that_waker_driven_polling_does_not() {
        let start: Start = Rc::new(|executor| {
            executor.spawn("sleeper", sleep(50));
            executor.spawn("napper", sleep(10));
            None
        });
        let comparison = compare_policies(&start, Settings::default());
        assert_eq!((comparison.waker_driven.total.polls, comparison.waker_driven.total.wasted_polls), (4, 0));
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
}
