//! A lesson's playground: preset picker, editor, run controls and the live views, around one
//! reducer (`session::state`). It wires the browser in (frame driver, keyboard shortcuts,
//! localStorage, share links) and holds no run logic of its own.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use yew::prelude::*;

use super::controls::Controls;
use super::editor::Editor;
use super::interleaving::InterleavingTables;
use super::network_choice::{NetworkControl, STORAGE_KEY as NETWORK_KEY};
use super::phone_width::use_phone_width;
use super::predict_panel::PredictPanel;
use super::state_machine_view::StateMachineView;
use super::views::{
    render_again_while, Console, Narration, Network, PolicyCounters, RunView, Tasks, Timeline,
};
use crate::executor::{Executor, Progress};
use crate::lesson::{predict, route::Route, Lesson};
use crate::net::NetworkFailure;
use crate::script::eval::{Blocking, RuntimeError};
use crate::session::availability::availability;
use crate::session::lesson_features::network::{NetworkChoice, OFFERING_LESSON};
use crate::session::lesson_features::predict::Record;
use crate::session::pacing::catch_up::{catch_up, view_due, Shown, VIEWS};
use crate::session::pacing::pacer::Pacer;
use crate::session::pacing::tuning::{
    CHECK_DELAY_MS, FAST_RUN_POLLS_PER_SECOND, FRAME_WORK_MS, RENDER_FRAME_WORK_MS,
};
use crate::session::persistence::saved::{self, Restored};
use crate::session::persistence::share;
use crate::session::run::Run;
use crate::session::settings::Settings;
use crate::session::state::{Action, SessionState};
use crate::session::trace_export;
use crate::web::frame_driver::FrameDriver;
use crate::web::keyboard::{KeyPress, ShortcutListener};
use crate::web::later::later;
use crate::web::location::FragmentListener;
use crate::web::{clipboard, download, location, storage, websocket};

/// Properties of [`Playground`].
#[derive(Properties, PartialEq)]
pub struct PlaygroundProps {
    /// The lesson whose presets are shown.
    pub lesson: &'static Lesson,
}

/// The reducer's state, as Yew needs it.
#[derive(Clone)]
struct Session(SessionState);

impl PartialEq for Session {
    fn eq(&self, _: &Self) -> bool {
        false
    }
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self).0;
        state.apply(action);
        Rc::new(Session(state))
    }
}

/// The interactive part of a lesson page.
#[function_component]
pub fn Playground(props: &PlaygroundProps) -> Html {
    let lesson = props.lesson;
    let restored = use_memo(lesson.slug, |_| restore(lesson));
    let session = use_reducer(|| {
        Session(
            restored
                .state
                .clone()
                .with_clock(performance_now)
                .with_dial(websocket::dial),
        )
    });
    let notice = use_state(|| restored.notice.clone());
    let selected_fn = use_state(|| None::<String>);
    let shown = use_mut_ref(|| {
        [Shown {
            version: session.0.version,
            events: 0,
            at_ms: f64::NEG_INFINITY,
        }; VIEWS]
    });
    use_frame_driver(&session, &shown);
    use_shortcuts(&session);
    use_saving(&session, &notice);
    use_prediction_record(&session);
    use_share_links(&session, &notice);
    let callbacks = use_memo((), |_| Callbacks::new(&session, &selected_fn));
    let shown_versions = use_shown_versions(&session.0, &shown);
    // Busy while a view has yet to catch up with the run (they do so a frame at a time).
    let busy = shown_versions
        .iter()
        .any(|(version, _)| *version != session.0.version);
    let [timeline, narration, console, tasks, network] = shown_versions;
    let views = LiveViews {
        shown: [
            use_run_view(timeline),
            use_run_view(narration),
            use_run_view(console),
            use_run_view(tasks),
            use_run_view(network),
        ],
        empty: (*use_memo((), |_| RunView::new(Rc::new(Executor::new()), 0))).clone(),
    };
    let state = &session.0;
    let fragment = use_memo(encoded_inputs(state), |_| share_fragment(state));
    // The run at a selected event is a replay up to it: made once per change of these.
    let at_selected = use_memo((state.version, state.selected_event, state.playing), |_| {
        state.run_at_selected()
    });
    let run_lines = use_memo(
        (
            state.version,
            state.selected_event,
            state.playing,
            state.code.clone(),
        ),
        |_| state.editor_run_lines(at_selected.as_ref().as_ref()),
    );
    let on_action = &callbacks.on_action;
    // The end of the bench: on a phone it follows the Timeline in the page, not the bench, so
    // that Tab, like the eye, goes from the run controls and the run's status to the Timeline.
    let phone = use_phone_width();
    let export = export_button(state, &notice);
    let bench_tail = html! {
        <>
            { comparison(state, on_action) }
            <PredictPanel prediction={state.prediction.clone()} question={prediction_question(state)}
                          record={state.prediction_record} on_action={on_action.clone()} />
            // Before any run the views are there, empty, so that the first run fills them in
            // rather than building and laying out the whole region in its first frame.
            if state.run.is_none() {
                <p class="idle-hint">{ "Press Run (or Ctrl+Enter) to run the program, or Step to poll it once." }</p>
            }
        </>
    };
    html! {
        <section class="playground" aria-label="Playground">
            <div class="bench">
            { preset_picker(state, on_action) }
            if let Some(text) = &*notice {
                <p class="notice" role="status">{ text }</p>
            }
            { undo_reset(state, on_action) }
            <Editor label="Program" code={state.code.clone()} diagnostics={state.editor_diagnostics()}
                    run_lines={run_lines}
                    on_change={callbacks.edit.clone()} on_run={callbacks.run.clone()} />
            <Controls settings={state.settings} availability={availability(state)}
                      on_action={on_action.clone()} />
            if lesson.slug == OFFERING_LESSON {
                <NetworkControl choice={state.network.clone()} on_action={on_action.clone()} />
            }
            { share_box(&fragment, &notice) }
            if !phone { { export.clone() } }
            { run_status(state) }
            if !phone { { bench_tail.clone() } }
            </div>
            { live_views(state, &views, busy, &callbacks, &selected_fn, at_selected.as_ref().as_ref(),
                         phone.then(|| html! { <div class="bench-tail">{ export }{ bench_tail }</div> })) }
        </section>
    }
}

/// The drafts the editor can show: the learner's own code of each preset (marked when edited)
/// and the draft opened from a share link, if any.
fn preset_picker(state: &SessionState, on_action: &Callback<Action>) -> Html {
    let (presets, drafts) = (state.presets(), &state.drafts);
    if presets.len() < 2 && drafts.shared.is_none() {
        return html! {};
    }
    let pressed = |yes: bool| yes.to_string();
    html! {
        <div class="presets" role="group" aria-label="Preset programs">
            { for presets.iter().enumerate().map(|(index, preset)| html! {
                <button aria-pressed={pressed(!drafts.showing_shared && index == drafts.preset)}
                        onclick={on_action.reform(move |_| Action::SelectPreset(index))}>
                    { preset.name.replace('_', " ") }
                    if drafts.is_edited(index) { <span class="edited">{ " (edited)" }</span> }
                </button>
            }) }
            if drafts.shared.is_some() {
                <button class="shared-draft" aria-pressed={pressed(drafts.showing_shared)}
                        onclick={on_action.reform(|_| Action::SelectShared)}>
                    { "Shared draft" }
                </button>
            }
        </div>
    }
}

/// After a Reset that discarded code, a line that says so and offers to bring it back.
fn undo_reset(state: &SessionState, on_action: &Callback<Action>) -> Html {
    let Some(discarded) = &state.drafts.discarded else {
        return html! {};
    };
    let what = if discarded.shared {
        "Reset closed the shared draft."
    } else {
        "Reset put the preset back and discarded your edit."
    };
    html! {
        <p class="notice undo" role="status">
            { what }{ " " }
            <button onclick={on_action.reform(|_| Action::UndoReset)}>{ "Undo" }</button>
        </p>
    }
}

/// The side-by-side comparison a lesson offers on the code in the editor, if any: lesson 1
/// compares async tasks with threads, lesson 5 the two executor policies.
fn comparison(state: &SessionState, on_action: &Callback<Action>) -> Html {
    let (label, action, result) = match state.lesson.slug {
        "thread-vs-async" => ("Compare async tasks and threads", Action::CompareModes, state.interleavings.as_ref().map(|comparison| html! {
            <InterleavingTables comparison={comparison.clone()} quantum={state.settings.quantum} seed={state.settings.seed} />
        })),
        "context-waker" => ("Compare policies", Action::ComparePolicies, state.comparison.as_ref().map(|comparison| html! {
            <PolicyCounters waker_driven={comparison.waker_driven.clone()} busy_polling={comparison.busy_polling.clone()} />
        })),
        _ => return html! {},
    };
    html! {
        <div class="comparison">
            <button onclick={on_action.reform(move |_| action.clone())}>{ label }</button>
            { for result }
        </div>
    }
}

/// The lesson's own question for the preset shown, if it words one (a shared draft has none).
fn prediction_question(state: &SessionState) -> Option<&'static str> {
    let drafts = &state.drafts;
    let preset = state
        .presets()
        .get(drafts.preset)
        .filter(|_| !drafts.showing_shared)?;
    predict::prompt(state.lesson.slug, preset.name)
}

/// One line saying where the run stands: starting, running, finished, stuck, panicked or
/// blocking.
fn run_status(state: &SessionState) -> Html {
    let run = match &state.run {
        _ if state.starting => None,
        Some(run) => Some(run.borrow()),
        None => return html! {},
    };
    let (class, text) = match run.as_ref() {
        None => ("status-running", "Starting…".to_owned()),
        Some(run) => status_line(
            (run.runtime_error(), run.progress()),
            state.playing,
            run.first_network_failure(),
        ),
    };
    let blocking = run.map(|run| run.blocking_summary()).unwrap_or_default();
    html! {
        <div class="run-status" role="status">
            <p class={class}>{ text }</p>
            if !blocking.is_empty() {
                <ul class="blocking" aria-label="Blocking the executor">
                    { for blocking.iter().map(|(report, times)| html! { <li>{ blocking_line(report, *times) }</li> }) }
                </ul>
            }
        </div>
    }
}

/// The run status's class and sentence for a run's error and progress, and the first network
/// operation that failed, which a finished run still owns up to.
fn status_line(
    status: (Option<RuntimeError>, &Progress),
    playing: bool,
    network_failure: Option<NetworkFailure>,
) -> (&'static str, String) {
    match status {
        (Some(error), _) => ("status-error", error.status()),
        (None, Progress::Stalled(diagnostic)) => ("status-error", format!("Stuck: {diagnostic}")),
        (None, Progress::Done) if network_failure.is_some() => {
            let failure = network_failure.map(|failure| match &failure.task {
                Some(task) => format!("task {task}'s {failure}"),
                None => failure.to_string(),
            });
            (
                "status-done status-warning",
                format!(
                    "Ended with a network error: {}. The program got it as an `Err` value.",
                    failure.unwrap_or_default()
                ),
            )
        }
        (None, Progress::Done) => (
            "status-done",
            "Finished: every task ran to completion.".to_owned(),
        ),
        (None, Progress::WaitingOnIo) if playing => (
            "status-running",
            "Waiting for the network: a task is parked until the WebSocket reports an event."
                .to_owned(),
        ),
        (None, _) if playing => ("status-running", "Running…".to_owned()),
        (None, _) => ("status-paused", "Paused.".to_owned()),
    }
}

/// A blocking report as the run status lists it: the task, then what it did, then how many
/// times when more than once.
fn blocking_line(report: &Blocking, times: usize) -> String {
    let line = match &report.task {
        Some(task) => format!("Task {task}: {}", report.message),
        None => report.message.clone(),
    };
    match times {
        1 => line,
        times => format!("{line} (×{times})"),
    }
}

/// What the share link and the saved value are made from: they are encoded again only when
/// one of these changes (any change to a draft bumps its revision), not on every frame of a run.
fn encoded_inputs(state: &SessionState) -> (&'static str, u64, Settings) {
    (state.lesson.slug, state.drafts.revision, state.settings)
}

/// The share link's fragment for the code and settings in `state`.
fn share_fragment(state: &SessionState) -> String {
    share::encode(&share::SharedRun {
        lesson: state.lesson,
        code: state.code.clone(),
        settings: state.settings,
    })
}

fn share_box(fragment: &Rc<String>, notice: &UseStateHandle<Option<String>>) -> Html {
    let (fragment, notice) = (Rc::clone(fragment), notice.clone());
    let on_share = Callback::from(move |_: MouseEvent| {
        location::replace_fragment(&fragment);
        let (link, notice) = (location::href(), notice.clone());
        clipboard::copy(link.clone(), move |copied| {
            notice.set(Some(if copied {
                format!("Link copied to the clipboard (it is also in the address bar): {link}")
            } else {
                format!("The browser did not allow copying to the clipboard; copy the link from the address bar: {link}")
            }));
        });
    });
    html! { <button class="share" onclick={on_share}>{ "Share link" }</button> }
}

/// Downloads the run's trace as Chrome trace-event JSON (for Perfetto or chrome://tracing);
/// there is none to export before the first run.
fn export_button(state: &SessionState, notice: &UseStateHandle<Option<String>>) -> Html {
    let (run, notice) = (state.run.clone(), notice.clone());
    let on_export = Callback::from(move |_: MouseEvent| {
        let Some(run) = &run else { return };
        let json = trace_export::chrome_trace(run.borrow().executor().trace().entries());
        if let Err(message) = download::download(trace_export::FILE_NAME, "application/json", &json)
        {
            notice.set(Some(format!("The trace could not be exported: {message}.")));
        }
    });
    html! {
        <button class="export-trace" onclick={on_export} disabled={state.run.is_none()}
                title="Download the run's trace as Chrome trace-event JSON, for Perfetto or chrome://tracing">
            { "Export trace" }
        </button>
    }
}

/// The callbacks handed to children, made once so that a child whose other properties did not
/// change is not re-rendered on every frame of a run.
struct Callbacks {
    on_action: Callback<Action>,
    edit: Callback<String>,
    run: Callback<()>,
    select_event: Callback<u64>,
    select_fn: Callback<String>,
}

impl Callbacks {
    fn new(
        session: &UseReducerHandle<Session>,
        selected_fn: &UseStateHandle<Option<String>>,
    ) -> Callbacks {
        let on_action = session.dispatcher().to_callback();
        let setter = selected_fn.setter();
        let dispatch = on_action.clone();
        Callbacks {
            // Each edit asks for a check once typing pauses; only the check of the text still
            // in the editor does any work.
            edit: Callback::from(move |code: String| {
                dispatch.emit(Action::Edit(code.clone()));
                let dispatch = dispatch.clone();
                later(
                    Duration::from_millis(CHECK_DELAY_MS),
                    Box::new(move || dispatch.emit(Action::Check(code))),
                );
            }),
            run: on_action.reform(|()| Action::Run),
            select_event: on_action.reform(Action::SelectEvent),
            select_fn: Callback::from(move |name| setter.set(Some(name))),
            on_action,
        }
    }
}

/// What the live views show, shared by the render that moves them on and the frame driver that
/// leaves the run less time in a frame that moves one.
type SharedShown = Rc<RefCell<[Shown; VIEWS]>>;

/// What one live view shows: the version it caught up with, and the executor of the run it
/// showed then (`None` before it first caught up with a run).
type ShownRun = (u64, Option<Rc<Executor>>);

/// The versions the live views show (see `session::pacing::catch_up`), each with its run: after a big
/// change at most one view moves on per frame, and that includes a new run, so that on a fast run
/// the views' first renders fall in frames of their own, after the frame that starts the program.
/// A stopped run
/// that has views still behind asks for the frames they need here; a playing one gets them from
/// the frame driver.
#[hook]
fn use_shown_versions(state: &SessionState, shown: &SharedShown) -> [ShownRun; VIEWS] {
    let executor = state
        .run
        .as_ref()
        .map(|run| Rc::clone(run.borrow().executor()));
    let events = executor
        .as_ref()
        .map_or(0, |executor| executor.trace().len());
    // Each view's run, the version of the last render, and the frame asked for views still behind.
    let memory = use_mut_ref(|| {
        (
            <[Option<Rc<Executor>>; VIEWS]>::default(),
            state.version,
            None::<FrameDriver>,
        )
    });
    let rerender = use_force_update();
    let fast = state.playing_fast();
    // A frame whose run work leaves no time for a view renders none (`SessionState::views_wait`).
    let mut memory = memory.borrow_mut();
    let (runs, seen, next_frame) = &mut *memory;
    let new_frame = std::mem::replace(seen, state.version) != state.version;
    let mut shown = shown.borrow_mut();
    let before = shown.map(|view| view.version);
    if !(new_frame && state.views_wait) {
        catch_up(
            &mut shown,
            Shown {
                version: state.version,
                events,
                at_ms: performance_now(),
            },
            fast,
        );
    }
    for (run, (view, before)) in runs.iter_mut().zip(shown.iter().zip(before)) {
        if view.version != before {
            run.clone_from(&executor);
        }
    }
    let behind = !state.playing && shown.iter().any(|view| view.version != state.version);
    render_again_while(next_frame, behind, rerender);
    std::array::from_fn(|view| (shown[view].version, runs[view].clone()))
}

/// What each live view shows, in `session::pacing::catch_up::VIEWS` order; `None` until the view first
/// catches up with a run, when it shows `empty`, a run with no events.
struct LiveViews {
    shown: [Rc<Option<RunView>>; VIEWS],
    empty: RunView,
}

/// The run as a live view shows it, at the shown version: counted once per version, not once
/// per view nor once per frame.
#[hook]
fn use_run_view(shown: ShownRun) -> Rc<Option<RunView>> {
    let (version, executor) = shown;
    let key = (version, executor.as_ref().map(Rc::as_ptr));
    use_memo(key, move |_| {
        executor.map(|executor| RunView::new(executor, version))
    })
}

fn live_views(
    state: &SessionState,
    views: &LiveViews,
    busy: bool,
    callbacks: &Callbacks,
    selected_fn: &UseStateHandle<Option<String>>,
    at_selected: Option<&Run>,
    bench_tail: Option<Html>,
) -> Html {
    let LiveViews {
        shown: [timeline, narration, console, tasks, network],
        ..
    } = views;
    let run = state.run.as_ref().map(|run| run.borrow());
    let suspended_at = match at_selected {
        Some(at_selected) => at_selected.last_suspension(),
        None => run.as_ref().and_then(|run| run.last_suspension()),
    };
    let blockings = Rc::new(run.as_ref().map(|run| run.blockings()).unwrap_or_default());
    let current_executor = run.as_ref().map(|run| Rc::clone(run.executor()));
    drop(run);
    // A view that has not caught up with any run yet shows a run with no events: each view is the
    // same component, with the same elements, from the page's first render on.
    let shown =
        |view: &Rc<Option<RunView>>| (**view).clone().unwrap_or_else(|| views.empty.clone());
    // The Console and Tasks show the run at the selected event, when one is.
    let as_of = |view: RunView| match (at_selected, state.selected_event) {
        (Some(at_selected), Some(seq)) => {
            RunView::at_event(Rc::clone(at_selected.executor()), view.version, seq)
        }
        _ => view,
    };
    let timeline = shown(timeline);
    let current = current_executor
        .as_ref()
        .is_some_and(|executor| Rc::ptr_eq(&timeline.executor, executor));
    // The blocking reports belong to the current run, which the Timeline may not show yet.
    let blockings = if current { blockings } else { Rc::default() };
    // A Timeline that shows a fast run's frame learns that the run stopped once it catches up.
    let playing_fast = state.playing_fast() || (current && timeline.version != state.version);
    html! {
        <div class="live-views" aria-busy={busy.then_some("true")}>
            <Timeline run={timeline} selected={state.selected_event} on_select={callbacks.select_event.clone()} {blockings} {playing_fast} />
            { for bench_tail }
            <Narration run={shown(narration)} selected={state.selected_event} on_select={callbacks.select_event.clone()} />
            <Console ..as_of(shown(console)) />
            <Tasks ..as_of(shown(tasks)) />
            <Network ..shown(network) />
            <StateMachineView source={state.code.clone()} selected_fn={(**selected_fn).clone()}
                              on_select_fn={callbacks.select_fn.clone()}
                              {suspended_at} />
        </div>
    }
}

/// Advances the run once per animation frame while it plays, at the chosen speed. When a fast
/// run's live view is due (`session::pacing::catch_up`), the frame hands its run work and that view's
/// render to a task of its own after the frame, and the next frame, which lays out and paints
/// the view, advances the run for a shorter time: so a view's render and its layout never share
/// a main-thread task with each other or with a full frame of run work.
#[hook]
fn use_frame_driver(session: &UseReducerHandle<Session>, shown: &SharedShown) {
    let dispatcher = session.dispatcher();
    let state = &session.0;
    let shown = Rc::clone(shown);
    use_effect_with(
        (state.playing, state.settings.polls_per_second),
        move |&(playing, speed)| {
            let driver = playing.then(|| {
                let mut pacer = Pacer::new(speed);
                let fast = speed > FAST_RUN_POLLS_PER_SECOND;
                let started_ms = performance_now();
                let mut view_to_paint = false;
                FrameDriver::start(move |timestamp_ms| {
                    // A frame that began before the press that started playing (the browser handles
                    // input at the start of a frame) is already busy with it: the run waits a frame.
                    if timestamp_ms < started_ms {
                        return true;
                    }
                    let budget = pacer.budget(timestamp_ms);
                    // Whether a view is due by the time the run's work is done and the frame renders.
                    if fast && view_due(&shown.borrow(), performance_now() + FRAME_WORK_MS) {
                        let dispatcher = dispatcher.clone();
                        later(
                            Duration::ZERO,
                            Box::new(move || {
                                dispatcher.dispatch(Action::Frame(budget, RENDER_FRAME_WORK_MS))
                            }),
                        );
                        view_to_paint = true;
                    } else {
                        let work_ms = if std::mem::take(&mut view_to_paint) {
                            RENDER_FRAME_WORK_MS
                        } else {
                            FRAME_WORK_MS
                        };
                        dispatcher.dispatch(Action::Frame(budget, work_ms));
                    }
                    true
                })
            });
            move || drop(driver)
        },
    );
}

/// Space pauses or resumes, the arrow keys step, Ctrl+Enter runs.
#[hook]
fn use_shortcuts(session: &UseReducerHandle<Session>) {
    let dispatcher = session.dispatcher();
    let playing = session.0.playing;
    use_effect_with(playing, move |&playing| {
        let listener = ShortcutListener::new(move |KeyPress { key, command }| {
            let action = match (key.as_str(), command) {
                ("Enter", true) => Action::Run,
                (" ", false) if playing => Action::Pause,
                (" ", false) => Action::Resume,
                ("ArrowRight", false) => Action::Step,
                ("ArrowLeft", false) => Action::StepBack,
                _ => return false,
            };
            dispatcher.dispatch(action);
            true
        });
        move || drop(listener)
    });
}

/// Saves the drafts and settings whenever they change; a lesson with no edit and no shared
/// draft is not stored.
#[hook]
fn use_saving(session: &UseReducerHandle<Session>, notice: &UseStateHandle<Option<String>>) {
    let state = &session.0;
    let saved_value = use_memo(encoded_inputs(state), |_| saved::encode(state));
    let key = saved::key(state.lesson);
    let notice = notice.clone();
    use_effect_with(saved_value, move |value| {
        let result = match value.as_ref() {
            Some(value) => storage::save(&key, value),
            None => storage::remove(&key),
        };
        if let Err(message) = result {
            notice.set(Some(message));
        }
    });
}

/// Keeps the learner's record of checked predictions in this lesson, once there is one.
#[hook]
fn use_prediction_record(session: &UseReducerHandle<Session>) {
    let record = session.0.prediction_record;
    let key = prediction_key(session.0.lesson);
    use_effect_with(record, move |record| {
        if record.tried > 0 {
            // A full or missing storage only costs the record on reload.
            _ = storage::save(&key, &record.encode());
        }
    });
}

/// Where a lesson's record of predictions is kept.
fn prediction_key(lesson: &Lesson) -> String {
    format!("predict:{}", lesson.slug)
}

/// Opens a share link of this lesson as a draft: the one the page was opened with, and any
/// pasted into the address bar later (a `hashchange`, with no reload). Once opened, the address
/// bar shows the lesson's plain address, so that a reload shows the saved drafts rather than
/// opening the link over the learner's edits of it.
#[hook]
fn use_share_links(session: &UseReducerHandle<Session>, notice: &UseStateHandle<Option<String>>) {
    let dispatcher = session.dispatcher();
    let lesson = session.0.lesson;
    let notice = notice.clone();
    use_effect_with(lesson.slug, move |_| {
        let plain = Route::Lesson(lesson).fragment();
        if matches!(share::decode(&location::fragment()), Some(Ok(_))) {
            location::replace_fragment(&plain);
        }
        let listener = FragmentListener::new(move |fragment| match share::decode(&fragment) {
            Some(Ok(shared)) if shared.lesson == lesson => {
                dispatcher.dispatch(Action::OpenShared(shared.code, shared.settings));
                location::replace_fragment(&plain);
                notice.set(Some(
                    "Opened the program from a share link; your own code is a click away in the picker."
                        .to_owned(),
                ));
            }
            Some(Err(error)) if Route::parse(&fragment) == Route::Lesson(lesson) => {
                notice.set(Some(format!(
                    "This share link could not be opened: {error}. Your code is unchanged."
                )));
            }
            _ => {}
        });
        move || drop(listener)
    });
}

/// The page's monotonic clock, in milliseconds.
pub(super) fn performance_now() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// The state a lesson opens with: a share link in the URL wins, then saved edits, then the
/// first preset; anything unreadable is reported and ignored.
fn restore(lesson: &'static Lesson) -> Restored {
    let stored = storage::load(&saved::key(lesson));
    let mut restored = saved::restore(lesson, &location::fragment(), stored);
    let saved_network = storage::load(NETWORK_KEY).ok().flatten();
    let network = saved_network
        .and_then(|text| NetworkChoice::from_saved(&text))
        .filter(|_| lesson.slug == OFFERING_LESSON)
        .unwrap_or_else(|| NetworkChoice::default_for(lesson.slug));
    restored.state.apply(Action::SetNetwork(network));
    let record = storage::load(&prediction_key(lesson)).ok().flatten();
    restored.state.prediction_record =
        record.map_or_else(Record::default, |text| Record::decode(&text));
    restored
}
