//! How a program is run: speed, executor policy and mode (async tasks or preemptive threads), with
//! the names they have in share links. It holds no running state.

use crate::executor::Policy;
use crate::script::float_math as math;

/// Whether the workers of a program run as async tasks or as simulated preemptive threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Tasks switch only where they await.
    Async,
    /// Threads may be switched between any two statements.
    Threads,
}

/// The run controls' values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// How many polls the animation-frame driver performs per second.
    pub polls_per_second: u32,
    /// Waker-driven or busy-polling.
    pub policy: Policy,
    /// Async tasks or preemptive threads.
    pub mode: Mode,
    /// In threads mode, the most interpreter steps a thread runs before it may be preempted.
    pub quantum: u32,
    /// The seed of a run's random choices: each time slice in threads mode, and the order in
    /// which `select!` polls its branches; the same seed repeats a run exactly.
    pub seed: u32,
}

/// The slowest and fastest speeds the speed control offers.
pub const SPEED_RANGE: std::ops::RangeInclusive<u32> = 1..=100_000;

/// The speed a position of the speed slider (0 to 100) stands for. The slider is logarithmic, so
/// that slow speeds, where each poll can be followed, get as much of it as fast ones.
pub fn speed_from_slider(position: f64) -> u32 {
    let (low, high) = speed_ends();
    let fraction = (position / 100.0).clamp(0.0, 1.0);
    (low * math::powf(high / low, fraction)).round() as u32
}

/// The speed slider's position (0 to 100) for a speed.
pub fn slider_from_speed(speed: u32) -> u32 {
    let (low, high) = speed_ends();
    (math::ln(f64::from(speed) / low) / math::ln(high / low) * 100.0)
        .round()
        .clamp(0.0, 100.0) as u32
}

fn speed_ends() -> (f64, f64) {
    (
        f64::from(*SPEED_RANGE.start()),
        f64::from(*SPEED_RANGE.end()),
    )
}

/// The shortest and longest time slices the quantum control offers, in interpreter steps.
pub const QUANTUM_RANGE: std::ops::RangeInclusive<u32> = 1..=1_000;

impl Default for Settings {
    fn default() -> Self {
        Settings {
            polls_per_second: 20,
            policy: Policy::WakerDriven,
            mode: Mode::Async,
            quantum: 20,
            seed: 1,
        }
    }
}

/// The name of a policy in share links and storage.
pub fn policy_name(policy: Policy) -> &'static str {
    match policy {
        Policy::WakerDriven => "waker",
        Policy::BusyPolling => "busy",
    }
}

/// The policy with that name.
pub fn policy_from_name(name: &str) -> Option<Policy> {
    [Policy::WakerDriven, Policy::BusyPolling]
        .into_iter()
        .find(|&policy| policy_name(policy) == name)
}

/// The name of a mode in share links and storage.
pub fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Async => "async",
        Mode::Threads => "threads",
    }
}

/// The mode with that name.
pub fn mode_from_name(name: &str) -> Option<Mode> {
    [Mode::Async, Mode::Threads]
        .into_iter()
        .find(|&mode| mode_name(mode) == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_speed_slider_spans_the_speed_range_and_finds_its_place_again() {
        assert_eq!(speed_from_slider(0.0), *SPEED_RANGE.start());
        assert_eq!(speed_from_slider(100.0), *SPEED_RANGE.end());
        assert_eq!(speed_from_slider(250.0), *SPEED_RANGE.end(), "clamped");
        for position in 0..=100 {
            // Low speeds are whole polls per second, so neighbouring positions may share one.
            let speed = speed_from_slider(f64::from(position));
            let found = slider_from_speed(speed);
            assert_eq!(speed_from_slider(f64::from(found)), speed, "{position}");
        }
        assert!(
            speed_from_slider(50.0) < 1_000,
            "half the slider is the slow half"
        );
    }

    #[test]
    fn names_round_trip() {
        for policy in [Policy::WakerDriven, Policy::BusyPolling] {
            assert_eq!(policy_from_name(policy_name(policy)), Some(policy));
        }
        for mode in [Mode::Async, Mode::Threads] {
            assert_eq!(mode_from_name(mode_name(mode)), Some(mode));
        }
        assert_eq!(policy_from_name("eager"), None);
        assert!(SPEED_RANGE.contains(&Settings::default().polls_per_second));
        assert!(QUANTUM_RANGE.contains(&Settings::default().quantum));
    }
}
