//! The playground's state for one lesson and every action a learner can take on it, as one
//! reducer: edit, run, pause, step, step back, reset, pick a preset, change the settings, select
//! an event. Platform-free so it is tested natively; the UI dispatches actions and renders the
//! state, and the frame driver sends `Frame` actions. It never touches the browser.

use std::cell::RefCell;
use std::rc::Rc;

use crate::executor::{Deadline, Policy};
use crate::lesson::presets::{presets, Preset};
use crate::lesson::Lesson;
use crate::script::Diagnostic;

use super::code_marks::LineMark;
use super::lesson_features::compare::{
    compare_modes, compare_policies, ModeComparison, PolicyComparison,
};
use super::lesson_features::network::{dialling, with_address, Dial, NetworkChoice};
use super::lesson_features::predict::{Prediction, Record};
use super::pacing::tuning::{FAST_RUN_POLLS_PER_SECOND, FRAME_WORK_MS, RENDER_FRAME_WORK_MS};
use super::persistence::drafts::Drafts;
use super::program::{self, Prepare};
use super::run::{Run, Start};
use super::settings::{Mode, Settings};

/// Something the learner (or the frame driver) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The editor's text changed.
    Edit(String),
    /// Check this text as rustc would, showing its errors and warnings, if it is still the
    /// editor's text (an edit since then will ask again).
    Check(String),
    /// Compile the code and run it from the start, in the next frame.
    Run,
    /// Stop advancing; the run keeps its state.
    Pause,
    /// Continue advancing a paused run.
    Resume,
    /// Advance one poll, starting a run of the editor's code first if there is none or the last
    /// one ended (so an edited program is stepped from its start without a Reset).
    Step,
    /// Go back one poll by replaying.
    StepBack,
    /// Put the current preset's code back in the editor (or close the shared draft) and discard
    /// the run; Undo brings the discarded code back.
    Reset,
    /// Bring back what the last Reset discarded.
    UndoReset,
    /// Show the learner's own code of another preset of the lesson.
    SelectPreset(usize),
    /// Show the draft opened from a share link.
    SelectShared,
    /// Open code from a share link as a draft beside the learner's own, with its settings.
    OpenShared(String, Settings),
    /// Change the speed control.
    SetSpeed(u32),
    /// Change the executor policy; a run restarts under the new policy.
    SetPolicy(Policy),
    /// Change between async tasks and preemptive threads.
    SetMode(Mode),
    /// Show one trace event's narration.
    SelectEvent(u64),
    /// An animation frame allows this many polls, within this many milliseconds.
    Frame(usize, f64),
    /// Run the code to its end under both policies and keep their counters.
    ComparePolicies,
    /// Run the code to its end as async tasks and as threads and keep both outputs.
    CompareModes,
    /// Change the threads mode's longest time slice.
    SetQuantum(u32),
    /// Change the threads mode's seed.
    SetSeed(u32),
    /// Choose where `ws://` connections go; the next run uses it.
    SetNetwork(NetworkChoice),
    /// Start "Predict, then run": a silent run of the code offers its lines to put in order.
    Predict,
    /// Move the predicted line at this position one place up.
    MovePredictedLineUp(usize),
    /// Check the predicted order against the run, and run the code to watch it.
    CheckPrediction,
    /// Put the prediction away.
    ClosePrediction,
}

/// Everything the lesson's playground shows.
#[derive(Clone)]
pub struct SessionState {
    /// The lesson being worked on.
    pub lesson: &'static Lesson,
    /// The learner's drafts (an edit per preset, a shared draft) and which one is shown.
    pub drafts: Drafts,
    /// The editor's text: the draft shown.
    pub code: String,
    /// Speed, policy and mode.
    pub settings: Settings,
    /// Why the code could not run, located in the source.
    pub diagnostics: Vec<Diagnostic>,
    /// The current run, shared with the views.
    pub run: Option<Rc<RefCell<Run>>>,
    /// Whether animation frames advance the run.
    pub playing: bool,
    /// Whether Run was pressed and the next frame compiles and starts the program: the press
    /// itself only says so, and the compiling, spawning and first render fall in a frame of their
    /// own.
    pub starting: bool,
    /// Whether the live views wait for a later frame, because rendering one now would make the
    /// frame's main-thread task too long: the last action was a frame whose work took a frame's
    /// whole budget (starting the program, or a poll that ran long), or a frame of a fast run
    /// given more time than a frame that renders a view ([`RENDER_FRAME_WORK_MS`]).
    pub views_wait: bool,
    /// The trace event whose narration is shown, by sequence number.
    pub selected_event: Option<u64>,
    /// Bumped whenever the run advances, so views know to re-render.
    pub version: u64,
    /// Lesson 5's counters of the code run under each policy, once asked for.
    pub comparison: Option<PolicyComparison>,
    /// Lesson 1's outputs of the code run as tasks and as threads, once asked for.
    pub interleavings: Option<ModeComparison>,
    /// Where `ws://` connections go (the WebSocket lesson offers the choice).
    pub network: NetworkChoice,
    /// "Predict, then run" under way: the lines to order, or why this code has none.
    pub prediction: Option<Result<Prediction, String>>,
    /// The learner's checked predictions in this lesson, kept in storage.
    pub prediction_record: Record,
    /// Opens real connections for [`NetworkChoice::Remote`]; without one, runs stay on the
    /// loopback.
    dial: Option<Dial>,
    /// Turns code into a runnable program.
    prepare: Prepare,
    /// Milliseconds on a monotonic clock, to keep each frame's work within its time budget.
    clock: fn() -> f64,
}

impl SessionState {
    /// A lesson's playground showing the draft that `drafts` selects.
    pub fn new(lesson: &'static Lesson, drafts: Drafts, settings: Settings) -> SessionState {
        SessionState {
            lesson,
            code: drafts.code(presets(lesson.slug)),
            drafts,
            settings,
            diagnostics: Vec::new(),
            run: None,
            playing: false,
            starting: false,
            views_wait: false,
            selected_event: None,
            version: 0,
            comparison: None,
            interleavings: None,
            network: NetworkChoice::Loopback,
            prediction: None,
            prediction_record: Record::default(),
            dial: None,
            prepare: program::prepare,
            clock: || 0.0,
        }
    }

    /// The same state, bounding each frame's work by `clock` (the page's performance clock).
    pub fn with_clock(self, clock: fn() -> f64) -> SessionState {
        SessionState { clock, ..self }
    }

    /// The same state, opening real connections with `dial` when the network choice says so.
    pub fn with_dial(self, dial: Dial) -> SessionState {
        SessionState {
            dial: Some(dial),
            ..self
        }
    }

    /// The same state, turning code into programs with `prepare` (tests run compiled futures).
    pub fn with_prepare(self, prepare: Prepare) -> SessionState {
        SessionState { prepare, ..self }
    }

    /// The lesson's presets.
    pub fn presets(&self) -> &'static [Preset] {
        presets(self.lesson.slug)
    }

    /// What the editor underlines: why the code could not run or, once the run panicked (or
    /// reached a limit), where, while the code is still the code that ran.
    pub fn editor_diagnostics(&self) -> Vec<Diagnostic> {
        let ran = self.run.as_ref();
        let runtime = ran.and_then(|run| run.borrow().runtime_diagnostic(&self.code));
        self.diagnostics.iter().cloned().chain(runtime).collect()
    }

    /// The run as it stood at the selected event, while the run stands still (stepped, paused
    /// or done) and an event before its newest is selected: the Console, Tasks, State machine
    /// and editor then show that moment. It replays the run up to the event, so callers keep
    /// the result while nothing changes. `None` on a live run, which cannot be replayed.
    pub fn run_at_selected(&self) -> Option<Run> {
        let run = self.run.as_ref().filter(|_| !self.playing)?.borrow();
        let newest = run.executor().trace().len() as u64;
        let seq = self.selected_event.filter(|&seq| seq < newest)?;
        run.as_of_event(seq)
    }

    /// The lines the editor marks where the run stands (`at_selected`, the run at the selected
    /// event, if one is), while it stands still and the code is still the code that runs:
    /// marks that changed on every frame of a playing run would only flicker.
    pub fn editor_run_lines(&self, at_selected: Option<&Run>) -> Vec<(usize, LineMark)> {
        let Some(run) = self.run.as_ref().filter(|_| !self.playing) else {
            return Vec::new();
        };
        match at_selected {
            Some(at_selected) => at_selected.run_lines(&self.code),
            None => run.borrow().run_lines(&self.code),
        }
    }

    /// Whether the run plays too fast for the live views to follow it at every frame.
    pub fn playing_fast(&self) -> bool {
        self.playing && self.settings.polls_per_second > FAST_RUN_POLLS_PER_SECOND
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        self.views_wait = false;
        let run_settings = |settings: Settings| Settings {
            polls_per_second: 0,
            ..settings
        };
        let settings_before = run_settings(self.settings);
        match action {
            Action::Edit(code) => {
                self.drafts.edit(self.presets(), &code);
                self.code = code;
                // The markers were about the old text; the next check puts back those that
                // still hold.
                self.diagnostics.clear();
                self.comparison = None;
                self.interleavings = None;
                self.prediction = None;
            }
            Action::Check(code) => {
                if code == self.code {
                    self.diagnostics = program::diagnose(&code);
                }
            }
            Action::Run => {
                self.starting = true;
                self.playing = true;
            }
            Action::Pause => {
                self.playing = false;
                self.starting = false;
            }
            Action::Resume => {
                // Playing on shows the newest events again, not the moment selected.
                self.selected_event = None;
                self.playing = self.run_has_work();
            }
            Action::Step => self.step(),
            Action::StepBack => self.step_back(),
            Action::Reset => {
                self.drafts.reset(self.presets());
                self.show_draft();
            }
            Action::UndoReset => {
                if self.drafts.undo_reset() {
                    self.show_draft();
                }
            }
            Action::SelectPreset(index) if index < self.presets().len() => {
                self.drafts.select_preset(index);
                self.show_draft();
            }
            Action::SelectPreset(_) => {}
            Action::SelectShared => {
                self.drafts.select_shared();
                self.show_draft();
            }
            Action::OpenShared(code, settings) => {
                self.drafts.open_shared(self.presets(), code);
                self.settings = settings;
                self.show_draft();
            }
            Action::SetSpeed(polls_per_second) => self.settings.polls_per_second = polls_per_second,
            Action::SetPolicy(policy) => self.set_policy(policy),
            Action::SetMode(mode) => self.settings.mode = mode,
            Action::SelectEvent(seq) => self.selected_event = Some(seq),
            Action::Frame(polls, work_ms) => self.frame(polls, work_ms),
            Action::ComparePolicies => {
                self.compare(|state, start| {
                    state.comparison = Some(compare_policies(start, state.settings))
                });
            }
            Action::CompareModes => {
                self.compare(|state, start| {
                    state.interleavings = Some(compare_modes(start, state.settings))
                });
            }
            Action::SetQuantum(quantum) => self.settings.quantum = quantum,
            Action::SetSeed(seed) => self.settings.seed = seed,
            Action::Predict => self.predict(),
            Action::MovePredictedLineUp(position) => {
                if let Some(Ok(prediction)) = &mut self.prediction {
                    prediction.move_up(position);
                }
            }
            Action::CheckPrediction => self.check_prediction(),
            Action::ClosePrediction => self.prediction = None,
            Action::SetNetwork(choice) => {
                // What the program prints is then the address the page dials.
                let dialled = match &choice {
                    NetworkChoice::Remote(url) => with_address(&self.code, url),
                    NetworkChoice::Loopback => None,
                };
                if let Some(code) = dialled {
                    self.drafts.edit(self.presets(), &code);
                    self.code = code;
                    self.prediction = None;
                }
                self.network = choice;
            }
        }
        // A prediction is about a run of the code with these settings.
        if run_settings(self.settings) != settings_before {
            self.prediction = None;
        }
    }

    fn start_run(&mut self) {
        self.selected_event = None;
        self.version += 1;
        match (self.prepare)(&self.code) {
            Ok(start) => {
                // Only warnings can be shown for code that runs; they stay.
                self.diagnostics.retain(|d| !d.is_error());
                let run = match (&self.network, self.dial) {
                    (NetworkChoice::Remote(url), Some(dial)) => {
                        Run::new(dialling(start, dial(url)), self.settings).live()
                    }
                    _ => Run::new(start, self.settings),
                };
                let run = run.of_code(&self.code);
                self.run = Some(Rc::new(RefCell::new(run)));
            }
            Err(diagnostics) => {
                self.diagnostics = diagnostics;
                self.run = None;
            }
        }
    }

    /// Runs a side-by-side comparison of the editor's code, or shows why it cannot run.
    fn compare(&mut self, compare: impl FnOnce(&mut SessionState, &Start)) {
        match (self.prepare)(&self.code) {
            Ok(start) => compare(self, &start),
            Err(diagnostics) => self.diagnostics = diagnostics,
        }
    }

    fn step(&mut self) {
        self.playing = false;
        self.selected_event = None;
        if std::mem::take(&mut self.starting) || !self.run_has_work() {
            self.start_run();
        }
        self.with_run(|run| {
            run.step();
        });
    }

    fn step_back(&mut self) {
        self.playing = false;
        self.selected_event = None;
        self.with_run(Run::step_back);
    }

    fn frame(&mut self, polls: usize, work_ms: f64) {
        if !self.playing {
            return;
        }
        if std::mem::take(&mut self.starting) {
            self.start_run();
            self.views_wait = true;
        } else if polls > 0 {
            let (clock, started) = (self.clock, (self.clock)());
            self.with_run(|run| {
                run.advance_within(
                    polls,
                    Deadline {
                        clock,
                        at_ms: started + work_ms,
                    },
                );
            });
            let fast = self.playing_fast();
            self.views_wait =
                clock() - started > FRAME_WORK_MS || (fast && work_ms > RENDER_FRAME_WORK_MS);
        }
        self.playing = self.run_has_work();
    }

    fn set_policy(&mut self, policy: Policy) {
        self.settings.policy = policy;
        if self.run.is_some() || self.starting {
            self.starting = false;
            self.start_run();
            self.playing = self.run.is_some();
        }
    }

    /// Offers the lines a silent run of the code prints, to put in order before the run.
    fn predict(&mut self) {
        match (self.prepare)(&self.code) {
            Ok(start) => {
                let seed = u64::from(self.settings.seed) ^ self.code.len() as u64;
                self.prediction = Some(Prediction::new(&start, self.settings, seed));
            }
            Err(diagnostics) => {
                self.diagnostics = diagnostics;
                self.prediction = None;
            }
        }
    }

    /// Checks the predicted order, counts it in the record, and runs the code to show the run
    /// the verdict is about.
    fn check_prediction(&mut self) {
        let Some(Ok(prediction)) = &mut self.prediction else {
            return;
        };
        let right = prediction.check().right;
        self.prediction_record = self.prediction_record.with(right);
        self.apply(Action::Run);
    }

    /// Puts the draft that `drafts` selects in the editor, with no run.
    fn show_draft(&mut self) {
        self.code = self.drafts.code(self.presets());
        self.prediction = None;
        self.diagnostics.clear();
        self.comparison = None;
        self.interleavings = None;
        self.run = None;
        self.playing = false;
        self.starting = false;
        self.selected_event = None;
        self.version += 1;
    }

    fn run_has_work(&self) -> bool {
        self.run.as_ref().is_some_and(|run| run.borrow().has_work())
    }

    fn with_run(&mut self, change: impl FnOnce(&mut Run)) {
        if let Some(run) = &self.run {
            change(&mut run.borrow_mut());
            self.version += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::{print_line, yield_now, Progress};
    use crate::lesson::LESSONS;
    use crate::script::ast::Span;

    /// Stands in for the interpreter: "broken" code fails to compile, anything else runs two
    /// tasks that each yield twice and print.
    fn compiled(source: &str) -> Result<Start, Vec<Diagnostic>> {
        if let Some(offset) = source.find("broken") {
            return Err(vec![Diagnostic::new(
                source,
                Span {
                    start: offset,
                    end: offset + 6,
                },
                "expected an item",
            )]);
        }
        Ok(Rc::new(|executor, _| {
            for name in ["left", "right"] {
                executor.spawn(name, async move {
                    yield_now().await;
                    yield_now().await;
                    print_line(format!("{name} done"));
                });
            }
            None
        }))
    }

    fn session() -> SessionState {
        SessionState::new(&LESSONS[5], Drafts::default(), Settings::default())
            .with_prepare(compiled)
    }

    fn polls(state: &SessionState) -> u64 {
        state
            .run
            .as_ref()
            .map_or(0, |run| run.borrow().executor().stats().total.polls)
    }

    #[test]
    fn run_plays_frame_by_frame_until_the_program_is_done() {
        let mut state = session();
        state.apply(Action::Run);
        assert!(
            state.playing && state.run.is_none(),
            "the press only asks for a start"
        );
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert_eq!(
            polls(&state),
            0,
            "the first frame compiles and starts the program"
        );
        assert!(
            state.playing && state.run.is_some() && state.views_wait,
            "and that is the frame's work"
        );
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert_eq!(polls(&state), 4);
        assert!(state.playing);
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert_eq!(polls(&state), 6);
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert!(!state.playing, "a finished run stops playing");
        let run = state
            .run
            .as_ref()
            .map(|run| run.borrow().progress().clone());
        assert_eq!(run, Some(Progress::Done));
    }

    thread_local! {
        static TICKS: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    }

    /// A clock that moves on one millisecond each time it is read.
    fn ticking_clock() -> f64 {
        TICKS.with(|ticks| {
            ticks.set(ticks.get() + 1.0);
            ticks.get()
        })
    }

    /// Ten tasks that yield twenty times each: more polls than one slice of a frame.
    fn many_polls(_: &str) -> Result<Start, Vec<Diagnostic>> {
        Ok(Rc::new(|executor, _| {
            for task in 0..10 {
                executor.spawn(format!("worker {task}"), async {
                    for _ in 0..20 {
                        yield_now().await;
                    }
                });
            }
            None
        }))
    }

    #[test]
    fn a_frame_stops_at_its_deadline_and_the_next_frame_goes_on() {
        let mut state = session().with_prepare(many_polls).with_clock(ticking_clock);
        state.apply(Action::Run);
        state.apply(Action::Frame(1, FRAME_WORK_MS));
        state.apply(Action::Frame(1_000, 2.0));
        let first = polls(&state);
        assert!(
            first > 0 && first < 210,
            "the frame stopped early, after {first} polls"
        );
        assert!(!state.views_wait, "the frame kept to its budget");
        state.apply(Action::Frame(1_000, RENDER_FRAME_WORK_MS));
        let second = polls(&state);
        assert!(
            second > first && second - first < first,
            "a frame that renders a view polls less ({first}, then {second})"
        );
        while state.playing {
            state.apply(Action::Frame(1_000, FRAME_WORK_MS));
        }
        assert_eq!(
            polls(&state),
            210,
            "the run finished over the following frames"
        );
    }

    #[test]
    fn a_fast_run_renders_views_only_after_frames_that_leave_them_time() {
        let mut state = session().with_prepare(many_polls);
        state.apply(Action::SetSpeed(FAST_RUN_POLLS_PER_SECOND + 1));
        state.apply(Action::Run);
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert!(state.views_wait, "the frame that starts the program");
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert!(
            state.views_wait,
            "a frame with a whole frame's work, however short it was"
        );
        state.apply(Action::Frame(4, RENDER_FRAME_WORK_MS));
        assert!(!state.views_wait, "a frame that kept time for a view");
        state.apply(Action::SetSpeed(FAST_RUN_POLLS_PER_SECOND));
        state.apply(Action::Frame(4, FRAME_WORK_MS));
        assert!(
            !state.views_wait,
            "a slow run's frame, whose views follow every poll"
        );
    }

    #[test]
    fn pause_step_and_step_back_move_one_poll_at_a_time() {
        let mut state = session();
        state.apply(Action::Step);
        assert_eq!((polls(&state), state.playing), (1, false));
        state.apply(Action::Step);
        state.apply(Action::Step);
        state.apply(Action::StepBack);
        assert_eq!(polls(&state), 2);
        state.apply(Action::Resume);
        assert!(state.playing);
        state.apply(Action::Pause);
        state.apply(Action::Frame(10, FRAME_WORK_MS));
        assert_eq!(polls(&state), 2, "a paused run ignores frames");
    }

    #[test]
    fn step_after_a_finished_run_steps_the_edited_program_from_its_start() {
        let mut state = session();
        state.apply(Action::Run);
        while state.playing {
            state.apply(Action::Frame(10, FRAME_WORK_MS));
        }
        assert_eq!(polls(&state), 6);
        state.apply(Action::Edit("fn main() { edited }".to_owned()));
        state.apply(Action::Step);
        assert_eq!(polls(&state), 1, "a new run, one poll in");
        assert_eq!(state.code, "fn main() { edited }", "the edit is kept");
    }

    #[test]
    fn code_that_does_not_compile_shows_located_diagnostics_and_no_run() {
        let mut state = session();
        state.apply(Action::Edit("fn main() {}\nbroken".to_owned()));
        state.apply(Action::Run);
        state.apply(Action::Frame(1, FRAME_WORK_MS));
        let messages: Vec<String> = state.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(messages, ["2:1: expected an item"]);
        assert!(state.run.is_none() && !state.playing);
        state.apply(Action::Edit("fn main() {}".to_owned()));
        state.apply(Action::Run);
        state.apply(Action::Frame(1, FRAME_WORK_MS));
        assert!(state.diagnostics.is_empty() && state.run.is_some());
    }

    #[test]
    fn a_check_marks_the_code_it_saw_until_the_code_changes() {
        let mut state = session();
        let wrong = "fn main() {\n    let n: u32 = \"text\";\n    println!(\"{n}\");\n}\n";
        state.apply(Action::Edit(wrong.to_owned()));
        state.apply(Action::Check(wrong.to_owned()));
        let shown: Vec<String> = state.diagnostics.iter().map(|d| d.summary()).collect();
        assert_eq!(
            shown,
            ["2:18: error[E0308]: mismatched types: expected `u32`, found `&str`"]
        );
        let fixed = wrong.replace("\"text\"", "7");
        state.apply(Action::Edit(fixed.clone()));
        assert!(state.diagnostics.is_empty(), "an edit clears the old marks");
        state.apply(Action::Check(wrong.to_owned()));
        assert!(
            state.diagnostics.is_empty(),
            "a check of older text is ignored"
        );
        let unused = fixed.replace("    println!(\"{n}\");\n", "");
        state.apply(Action::Edit(unused.clone()));
        state.apply(Action::Check(unused));
        let shown: Vec<String> = state.diagnostics.iter().map(|d| d.summary()).collect();
        assert_eq!(shown, ["2:9: warning: unused variable: `n`"]);
    }

    #[test]
    fn reset_restores_the_preset_and_presets_can_be_switched() {
        let mut state = session();
        let preset = state.code.clone();
        state.apply(Action::Edit("fn main() { edited }".to_owned()));
        state.apply(Action::Run);
        state.apply(Action::Reset);
        assert_eq!(state.code, preset);
        assert!(state.run.is_none());
        state.apply(Action::UndoReset);
        assert_eq!(
            state.code, "fn main() { edited }",
            "Undo brings the edit back"
        );
        if state.presets().len() > 1 {
            state.apply(Action::SelectPreset(1));
            assert_eq!(state.code, state.presets()[1].source);
            state.apply(Action::SelectPreset(0));
            assert_eq!(
                state.code, "fn main() { edited }",
                "switching keeps the edit"
            );
        }
    }

    #[test]
    fn a_shared_link_opens_beside_the_learners_code_with_its_settings() {
        let mut state = session();
        state.apply(Action::Edit("fn main() { mine }".to_owned()));
        let settings = Settings {
            policy: Policy::BusyPolling,
            ..Settings::default()
        };
        state.apply(Action::OpenShared(
            "fn main() { theirs }".to_owned(),
            settings,
        ));
        assert_eq!(state.code, "fn main() { theirs }");
        assert_eq!(state.settings.policy, Policy::BusyPolling);
        state.apply(Action::SelectPreset(0));
        assert_eq!(state.code, "fn main() { mine }");
        state.apply(Action::SelectShared);
        assert_eq!(state.code, "fn main() { theirs }");
    }

    #[test]
    fn changing_the_policy_restarts_a_run_under_the_new_policy() {
        let mut state = session();
        state.apply(Action::Run);
        state.apply(Action::Frame(3, FRAME_WORK_MS));
        state.apply(Action::Frame(3, FRAME_WORK_MS));
        assert_eq!(polls(&state), 3);
        state.apply(Action::SetPolicy(Policy::BusyPolling));
        assert_eq!(state.settings.policy, Policy::BusyPolling);
        assert_eq!(polls(&state), 0, "the run started over");
        assert!(state.playing);
    }

    #[test]
    fn the_interpreter_runs_a_lesson_preset_frame_by_frame() {
        let mut state = SessionState::new(&LESSONS[1], Drafts::default(), Settings::default());
        state.apply(Action::Run);
        let mut frames = 0;
        while state.playing && frames < 1_000 {
            state.apply(Action::Frame(1, FRAME_WORK_MS));
            frames += 1;
        }
        let run = state.run.as_ref().map(|run| run.borrow());
        let lines: Vec<String> = run
            .iter()
            .flat_map(|run| run.executor().output())
            .map(|line| line.text)
            .collect();
        assert_eq!(lines, ["future created", "hello, world!"]);
        assert!(frames > 1, "the run was spread over frames");
    }

    #[test]
    fn a_panic_is_underlined_in_the_code_that_ran_until_it_is_edited() {
        let mut state = SessionState::new(&LESSONS[1], Drafts::default(), Settings::default());
        let code = "fn main() {\n    let v: Vec<u8> = Vec::new();\n    v[2];\n}\n";
        state.apply(Action::Edit(code.to_owned()));
        state.apply(Action::Run);
        while state.playing {
            state.apply(Action::Frame(1, FRAME_WORK_MS));
        }
        let underlined: Vec<String> = state
            .editor_diagnostics()
            .iter()
            .map(|diagnostic| format!("{diagnostic}"))
            .collect();
        assert_eq!(
            underlined,
            ["3:5: panicked: index out of bounds: the len is 0 but the index is 2"]
        );
        state.apply(Action::Edit(format!("{code}// edited\n")));
        assert!(state.editor_diagnostics().is_empty());
    }

    #[test]
    fn stepping_marks_the_await_just_reached_and_those_still_parked() {
        let mut state = SessionState::new(&LESSONS[1], Drafts::default(), Settings::default());
        let code = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                    let a = spawn(\"a\", async { yield_now().await; });\n        a.await;\n    });\n}\n";
        state.apply(Action::Edit(code.to_owned()));
        state.apply(Action::Step);
        state.apply(Action::Step);
        // `fn main` waits in `block_on` for the task it runs.
        let main_reached_its_await = [(3, LineMark::Parked), (5, LineMark::Ran)];
        assert_eq!(state.editor_run_lines(None), main_reached_its_await);
        state.apply(Action::Step);
        assert_eq!(
            state.editor_run_lines(None),
            [
                (3, LineMark::Parked),
                (4, LineMark::Ran),
                (5, LineMark::Parked)
            ]
        );
        state.apply(Action::StepBack);
        assert_eq!(state.editor_run_lines(None), main_reached_its_await);
        state.apply(Action::Step);
        // Event 5 is `main`'s first poll: selecting it shows the code as it stood then.
        state.apply(Action::SelectEvent(5));
        let at_selected = state.run_at_selected();
        assert!(
            at_selected.is_some(),
            "an event before the newest is selected"
        );
        assert_eq!(
            state.editor_run_lines(at_selected.as_ref()),
            main_reached_its_await
        );
    }

    #[test]
    fn a_selected_event_shows_the_run_as_it_stood_then_until_it_plays_on() {
        let mut state = SessionState::new(&LESSONS[1], Drafts::default(), Settings::default());
        let code = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                    println!(\"one\");\n        yield_now().await;\n        println!(\"two\");\n    });\n}\n";
        state.apply(Action::Edit(code.to_owned()));
        state.apply(Action::Run);
        while state.playing {
            state.apply(Action::Frame(64, FRAME_WORK_MS));
        }
        let first_output = {
            let run = state.run.as_ref().expect("a run").borrow();
            let trace = run.executor().trace();
            let mut entries = trace.entries();
            entries
                .find(|entry| matches!(entry.event, crate::executor::Event::Output { .. }))
                .map(|entry| entry.seq)
                .expect("the run printed")
        };
        state.apply(Action::SelectEvent(first_output));
        let printed = |run: &Run| -> Vec<String> {
            let output = run.executor().output();
            output.into_iter().map(|line| line.text).collect()
        };
        let at_selected = state
            .run_at_selected()
            .expect("a run at the selected event");
        assert_eq!(printed(&at_selected), ["one"]);
        state.apply(Action::Resume);
        assert_eq!(
            state.selected_event, None,
            "playing on leaves the moment selected"
        );
        assert!(state.run_at_selected().is_none());
    }

    #[test]
    fn a_checked_prediction_counts_in_the_record_and_runs_the_code() {
        let mut state = SessionState::new(&LESSONS[5], Drafts::default(), Settings::default());
        state.apply(Action::Predict);
        let Some(Ok(prediction)) = &state.prediction else {
            panic!("the preset prints lines to order");
        };
        assert!(prediction.printed.len() >= 2);
        state.apply(Action::MovePredictedLineUp(1));
        state.apply(Action::CheckPrediction);
        let verdict = match &state.prediction {
            Some(Ok(prediction)) => prediction.verdict.clone(),
            _ => None,
        };
        assert!(verdict.is_some(), "the check gives a verdict");
        assert_eq!(state.prediction_record.tried, 1);
        assert!(state.playing, "the run the verdict is about plays");
        state.apply(Action::SetSeed(state.settings.seed + 1));
        assert!(
            state.prediction.is_none(),
            "other settings make another run"
        );
        state.apply(Action::Predict);
        state.apply(Action::SetSpeed(1));
        assert!(state.prediction.is_some(), "the speed changes no run");
        state.apply(Action::Edit(format!("{}// edited\n", state.code)));
        assert!(state.prediction.is_none(), "an edit makes another program");
    }

    /// A transport whose connections open at once and never hear back: enough to tell a live
    /// run from a loopback one.
    struct SilentServer;

    struct SilentEnd;

    impl crate::net::RemoteEnd for SilentEnd {
        fn send(&self, _: &[u8]) -> Result<(), String> {
            Ok(())
        }

        fn close(&self) {}
    }

    impl crate::net::Transport for SilentServer {
        fn open(&self, addr: &str) -> Result<crate::net::RemoteLink, crate::net::OpenError> {
            let events = crate::net::RemoteEvents::default();
            events
                .borrow_mut()
                .push_back(crate::net::RemoteEvent::Opened);
            Ok(crate::net::RemoteLink {
                url: addr.to_owned(),
                end: Box::new(SilentEnd),
                events,
            })
        }
    }

    fn dial_silent_server(_: &str) -> Rc<dyn crate::net::Transport> {
        Rc::new(SilentServer)
    }

    #[test]
    fn a_run_on_the_real_network_waits_for_it_and_cannot_step_back() {
        let Some(websocket) = crate::lesson::find("websocket-echo") else {
            panic!("the WebSocket lesson exists");
        };
        let mut state = SessionState::new(websocket, Drafts::default(), Settings::default())
            .with_dial(dial_silent_server);
        state.apply(Action::SetNetwork(NetworkChoice::Remote(
            "ws://127.0.0.1:9001".to_owned(),
        )));
        state.apply(Action::Run);
        for _ in 0..50 {
            state.apply(Action::Frame(100, FRAME_WORK_MS));
        }
        let progress = state
            .run
            .as_ref()
            .map(|run| run.borrow().progress().clone());
        assert_eq!(
            progress,
            Some(Progress::WaitingOnIo),
            "the client waits for its echo"
        );
        assert!(state.playing, "a run waiting on the network keeps playing");
        let before = polls(&state);
        state.apply(Action::StepBack);
        assert_eq!(polls(&state), before, "a live run is not replayed");
        assert!(!state
            .run
            .as_ref()
            .is_some_and(|run| run.borrow().can_step_back()));

        state.apply(Action::SetNetwork(NetworkChoice::Remote(
            "ws://127.0.0.1:9002".to_owned(),
        )));
        assert!(
            state
                .code
                .contains("const ADDR: &str = \"ws://127.0.0.1:9002\";"),
            "the program names the server the page dials"
        );
        state.apply(Action::SetNetwork(NetworkChoice::Loopback));
        state.apply(Action::Run);
        for _ in 0..50 {
            state.apply(Action::Frame(100, FRAME_WORK_MS));
        }
        let progress = state
            .run
            .as_ref()
            .map(|run| run.borrow().progress().clone());
        assert_eq!(
            progress,
            Some(Progress::Done),
            "the stand-in echo task answers on the loopback"
        );
    }
}
