//! Which run controls would do something right now, so that the page disables the others: a
//! button that stays enabled and does nothing tells the learner the page is broken. Derived
//! from the session state alone; it decides nothing about what a control does (that is
//! `state`), and never touches the browser.

use super::state::SessionState;

/// What the Pause/Resume button offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseResume {
    /// The run plays: the button pauses it.
    Pause,
    /// The run is paused with work left: the button resumes it.
    Resume,
    /// Nothing plays and nothing is left to resume (no run, or it ended): the button is off.
    Nothing,
}

/// Why Step back is off, when it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepBack {
    /// There is a poll to go back over.
    Possible,
    /// No run, or a run not polled yet.
    AtStart,
    /// A run over a real network, which cannot be replayed.
    Live,
}

/// The run controls that would do something now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Availability {
    /// Pause, Resume, or neither.
    pub pause_resume: PauseResume,
    /// Whether Step would poll: always, as Step starts a run from the editor's code when there
    /// is none or the last one ended (an edited program is stepped from its start).
    pub step: bool,
    /// Whether Step back would go back a poll.
    pub step_back: StepBack,
}

/// The controls' availability in `state`.
pub fn availability(state: &SessionState) -> Availability {
    let run = state.run.as_ref().map(|run| run.borrow());
    let pause_resume = match &run {
        _ if state.playing => PauseResume::Pause,
        Some(run) if run.has_work() => PauseResume::Resume,
        _ => PauseResume::Nothing,
    };
    let step_back = match &run {
        Some(run) if !run.can_step_back() => StepBack::Live,
        Some(run) if run.executor().stats().total.polls > 0 => StepBack::Possible,
        _ => StepBack::AtStart,
    };
    Availability {
        pause_resume,
        step: true,
        step_back,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lesson::LESSONS;
    use crate::session::pacing::tuning::FRAME_WORK_MS;
    use crate::session::persistence::drafts::Drafts;
    use crate::session::settings::Settings;
    use crate::session::state::Action;

    fn session() -> SessionState {
        SessionState::new(&LESSONS[1], Drafts::default(), Settings::default())
    }

    fn run_to_end(state: &mut SessionState) {
        state.apply(Action::Run);
        while state.playing {
            state.apply(Action::Frame(100, FRAME_WORK_MS));
        }
    }

    #[test]
    fn before_any_run_only_step_would_do_something() {
        let state = session();
        assert_eq!(
            availability(&state),
            Availability {
                pause_resume: PauseResume::Nothing,
                step: true,
                step_back: StepBack::AtStart,
            }
        );
    }

    #[test]
    fn a_playing_run_can_be_paused_and_a_paused_one_resumed_and_stepped_back() {
        let mut state = session();
        state.apply(Action::Run);
        assert_eq!(availability(&state).pause_resume, PauseResume::Pause);
        state.apply(Action::Frame(1, FRAME_WORK_MS));
        state.apply(Action::Frame(1, FRAME_WORK_MS));
        state.apply(Action::Pause);
        let paused = availability(&state);
        assert_eq!(paused.pause_resume, PauseResume::Resume);
        assert_eq!(paused.step_back, StepBack::Possible);
    }

    #[test]
    fn a_finished_run_offers_no_resume_but_steps_back() {
        let mut state = session();
        run_to_end(&mut state);
        let finished = availability(&state);
        assert_eq!(finished.pause_resume, PauseResume::Nothing);
        assert_eq!(finished.step_back, StepBack::Possible);
        assert!(finished.step);
    }
}
