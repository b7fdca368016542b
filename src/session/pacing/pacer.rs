//! Turns the speed control (polls per second) into a poll budget for each animation frame,
//! carrying fractions over so that slow speeds still advance (one poll every few frames) and a
//! stalled tab does not trigger a burst. Pure arithmetic on timestamps; it never reads a clock.

use crate::session::pacing::tuning::{MAX_FRAME_GAP_MS, MAX_POLLS_PER_FRAME};

/// Paces polls across animation frames.
#[derive(Debug, Clone, PartialEq)]
pub struct Pacer {
    polls_per_second: f64,
    carry: f64,
    last_frame_ms: Option<f64>,
}

impl Pacer {
    /// A pacer at `polls_per_second`.
    pub fn new(polls_per_second: u32) -> Pacer {
        Pacer {
            polls_per_second: f64::from(polls_per_second),
            carry: 0.0,
            last_frame_ms: None,
        }
    }

    /// How many polls the frame at `timestamp_ms` should run. The first frame runs one poll, so
    /// that pressing Run shows something at once.
    pub fn budget(&mut self, timestamp_ms: f64) -> usize {
        let Some(last) = self.last_frame_ms.replace(timestamp_ms) else {
            return 1;
        };
        let gap = (timestamp_ms - last).clamp(0.0, MAX_FRAME_GAP_MS);
        self.carry += gap * self.polls_per_second / 1000.0;
        let polls = self.carry.floor().min(MAX_POLLS_PER_FRAME as f64);
        self.carry = (self.carry - polls).min(MAX_POLLS_PER_FRAME as f64);
        polls as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budgets(polls_per_second: u32, frames: usize) -> Vec<usize> {
        let mut pacer = Pacer::new(polls_per_second);
        (0..frames)
            .map(|frame| pacer.budget(frame as f64 * 1000.0 / 60.0))
            .collect()
    }

    #[test]
    fn slow_speeds_poll_every_few_frames_and_keep_the_rate() {
        let polls = budgets(20, 61);
        assert_eq!(polls[0], 1);
        assert_eq!(polls[1..].iter().sum::<usize>(), 20);
        assert!(polls[1..].iter().all(|&budget| budget <= 1));
    }

    #[test]
    fn fast_speeds_are_capped_per_frame() {
        assert!(budgets(1_000_000, 10)[1..]
            .iter()
            .all(|&budget| budget == MAX_POLLS_PER_FRAME));
    }

    #[test]
    fn a_long_pause_between_frames_does_not_cause_a_burst() {
        let mut pacer = Pacer::new(60);
        pacer.budget(0.0);
        assert_eq!(pacer.budget(60_000.0), 6);
    }
}
