//! Browser tests of the live views, run by `wasm-pack test --headless --chrome`: each view is
//! mounted over an executor that ran a small program, and its DOM is checked against the
//! executor's own trace, counters and output. A 100,000-event trace checks that the Timeline
//! draws only one window of events.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

mod web_support;
use web_support::{document, next_animation_frame, settle, settle_until, texts, WAIT_LIMIT_MS};

use async_playground::executor::{print_line, sleep, yield_now, Executor, Policy, Progress};
use async_playground::lesson::presets::presets;
use async_playground::net::{TcpListener, TcpStream};
use async_playground::session::program::prepare;
use async_playground::session::run::Run;
use async_playground::session::settings::Settings;
use async_playground::ui::views::{
    Console, Narration, NarrationProps, Network, PolicyCounters, PolicyCountersProps, RunView,
    Tasks, Timeline, TimelineProps, WINDOW_EVENTS,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit,
};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Spawns `client` (prints, yields, sleeps, prints) and `server` (prints, yields, prints).
fn spawn_two_tasks(executor: &Executor) {
    executor.spawn("client", async {
        print_line("client starts".to_owned());
        yield_now().await;
        sleep(10).await;
        print_line("client done".to_owned());
    });
    executor.spawn("server", async {
        print_line("server up".to_owned());
        yield_now().await;
        print_line("server done".to_owned());
    });
}

/// Ticks `executor` until every task has finished.
fn run_to_completion(executor: Executor) -> Rc<Executor> {
    loop {
        match executor.tick(64) {
            Progress::Done => return Rc::new(executor),
            Progress::Stalled(diagnostic) => panic!("the test program stalled: {diagnostic}"),
            Progress::Busy | Progress::WaitingOnTimers { .. } | Progress::WaitingOnIo => {}
        }
    }
}

fn two_task_run() -> Rc<Executor> {
    let executor = Executor::new();
    spawn_two_tasks(&executor);
    run_to_completion(executor)
}

/// Two tasks, `left` and `right`, each yielding `yields` times: about four events per yield pair.
fn yielding_run(yields: usize) -> Rc<Executor> {
    let executor = Executor::new();
    for name in ["left", "right"] {
        executor.spawn(name, async move {
            for _ in 0..yields {
                yield_now().await;
            }
        });
    }
    run_to_completion(executor)
}

fn run_view(executor: &Rc<Executor>) -> RunView {
    RunView::new(Rc::clone(executor), 1)
}

/// Marks what a test adds to the page, so that the next test's [`mount`] can take away what a
/// failed test left: a panic ends a browser test before its own clean-up, and a root left in the
/// page pushes the next test's views below the window.
const TEST_ROOT: &str = "data-test-root";

/// Mounts `component` with `props` into its own element, in a page cleared of what earlier tests
/// left, and waits until Yew has rendered and the views stand still.
async fn mount<C>(props: C::Properties) -> Element
where
    C: yew::BaseComponent,
    C::Properties: Properties,
{
    let root = mount_first_render::<C>(props).await;
    settle().await;
    root
}

/// Mounts as [`mount`] does, but waits only for Yew's first render: for views that grow over
/// the frames that follow.
async fn mount_first_render<C>(props: C::Properties) -> Element
where
    C: yew::BaseComponent,
    C::Properties: Properties,
{
    let page = document().document_element().expect("a page");
    for left in all(&page, &format!("[{TEST_ROOT}]")) {
        left.remove();
    }
    let root = document().create_element("div").expect("a div");
    root.set_attribute(TEST_ROOT, "").expect("marked");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<C>::with_root_and_props(root.clone(), props).render();
    settle_until(|| root.child_element_count() > 0).await;
    root
}

/// Frames of a fast run, one per animation frame, each ticking `executor` for `polls` polls, until
/// `ready` holds or [`WAIT_LIMIT_MS`] passed: the playground keeps sending frames while a run
/// goes on, so a view that draws a frame late is still moving when it does.
async fn frames_until(
    executor: &Executor,
    next_frame: &RefCell<Option<Callback<()>>>,
    polls: usize,
    mut ready: impl FnMut() -> bool,
) {
    let started = js_sys::Date::now();
    loop {
        executor.tick(polls);
        next_frame
            .borrow()
            .as_ref()
            .expect("the host rendered")
            .emit(());
        next_animation_frame().await;
        // The canvas draws in a task of its own after the frame.
        yew::platform::time::sleep(Duration::ZERO).await;
        if ready() || js_sys::Date::now() - started >= WAIT_LIMIT_MS {
            return;
        }
    }
}

/// The Timeline's canvas in `root` once it has been drawn: its first draw places it over the
/// rows and columns on screen, while a canvas not yet drawn has the browser's default bitmap.
fn drawn_canvas(root: &Element) -> Option<web_sys::HtmlCanvasElement> {
    all(root, "canvas.timeline-canvas")
        .pop()
        .and_then(|canvas| canvas.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .filter(|canvas| {
            canvas
                .style()
                .get_property_value("top")
                .is_ok_and(|top| !top.is_empty())
        })
}

fn all(root: &Element, selector: &str) -> Vec<Element> {
    let nodes = root.query_selector_all(selector).expect("a valid selector");
    (0..nodes.length())
        .filter_map(|index| nodes.item(index)?.dyn_into::<Element>().ok())
        .collect()
}

/// A selection callback and the cell where it records the last seq it was given.
fn recording_selection() -> (Rc<Cell<Option<u64>>>, Callback<u64>) {
    let chosen = Rc::new(Cell::new(None));
    let record = Rc::clone(&chosen);
    (chosen, Callback::from(move |seq| record.set(Some(seq))))
}

fn timeline_props(
    executor: &Rc<Executor>,
    selected: Option<u64>,
    on_select: Callback<u64>,
) -> TimelineProps {
    TimelineProps {
        run: run_view(executor),
        selected,
        on_select,
        blockings: Rc::default(),
        playing_fast: false,
    }
}

#[wasm_bindgen_test]
async fn a_run_of_many_tasks_gets_its_lanes_over_several_frames() {
    let executor = Executor::new();
    for task in 0..40 {
        executor.spawn(format!("worker {task}"), async { yield_now().await });
    }
    let executor = run_to_completion(executor);
    let root =
        mount_first_render::<Timeline>(timeline_props(&executor, None, Callback::noop())).await;
    let lanes = || all(&root, ".lane").len();
    assert!(
        lanes() < 32,
        "the first frames draw a few lanes, not {} at once",
        lanes()
    );
    settle_until(|| lanes() == 32).await;
    assert_eq!(
        lanes(),
        32,
        "the following frames draw the rest, up to the most lanes drawn"
    );
    let notes = texts(&root, ".view-note").concat();
    assert!(
        notes.contains("8 more tasks have events in this window"),
        "{notes}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_panicking_task_is_shown_panicked_on_its_lane_in_tasks_and_narration() {
    let source = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                  let worker = spawn(\"worker\", async { panic!(\"boom\") });\n        \
                  worker.await;\n    });\n}\n";
    let start = prepare(source).unwrap_or_else(|_| panic!("the program loads"));
    let mut run = Run::new(start, Settings::default());
    while run.has_work() {
        run.advance(64);
    }
    let executor = run.executor();
    let root = mount::<Tasks>(run_view(executor)).await;
    let states = texts(&root, "tbody .task-state");
    assert!(
        states.contains(&"Panicked: boom".to_owned()),
        "the worker's row says it panicked: {states:?}"
    );
    assert!(
        !states.iter().any(|state| state.contains("lost waker")),
        "{states:?}"
    );
    root.remove();
    let root = mount::<Timeline>(timeline_props(executor, None, Callback::noop())).await;
    let panicked: Vec<String> = all(&root, ".lane-panicked")
        .iter()
        .map(|lane| texts(lane, ".task-badge").concat())
        .collect();
    assert_eq!(panicked, ["worker"], "only the worker's lane panicked");
    assert_eq!(
        texts(&root, ".lane-panicked .lane-stuck-reason"),
        ["panicked"]
    );
    assert_eq!(all(&root, ".lane .mark-panic").len(), 1);
    assert!(
        all(&root, ".mark-diagnostic").is_empty(),
        "no task is called stuck"
    );
    root.remove();
    let narration = NarrationProps {
        run: run_view(executor),
        selected: None,
        on_select: Callback::noop(),
    };
    let root = mount::<Narration>(narration).await;
    let current = texts(&root, ".narration-current").concat();
    assert!(
        current.ends_with("task `worker` panicked: boom"),
        "{current}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn block_on_and_fn_main_share_one_lane() {
    let source = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                  spawn(\"worker\", async { yield_now().await; }).await;\n    });\n}\n";
    let start = prepare(source).unwrap_or_else(|_| panic!("the program loads"));
    let mut run = Run::new(start, Settings::default());
    while run.has_work() {
        run.advance(64);
    }
    let executor = run.executor();
    let tasks: Vec<String> = executor
        .stats()
        .per_task
        .iter()
        .map(|task| task.task.name.as_str().to_owned())
        .collect();
    assert_eq!(
        tasks,
        ["fn main", "main", "worker"],
        "the executor runs three tasks"
    );
    let root = mount::<Timeline>(timeline_props(executor, None, Callback::noop())).await;
    assert_eq!(
        texts(&root, ".lane .task-badge"),
        ["main", "worker"],
        "block_on's task and fn main share a lane, named as the other views name block_on's task"
    );
    assert_eq!(texts(&root, ".lane .lane-also"), ["+ fn main"]);
    let first_lane = all(&root, ".lane").into_iter().next().expect("a lane");
    let polls = all(&first_lane, ".mark-pending").len() + all(&first_lane, ".mark-ready").len();
    let main_polls: u64 = executor.stats().per_task[..2]
        .iter()
        .map(|task| task.stats.polls)
        .sum();
    assert_eq!(polls as u64, main_polls, "both tasks' polls are on it");
    root.remove();
}

#[wasm_bindgen_test]
async fn a_spawned_task_named_main_keeps_a_lane_of_its_own() {
    let source = "use async_playground::prelude::*;\nfn main() {\n    block_on(async {\n        \
                  spawn(\"main\", async { yield_now().await; }).await;\n    });\n}\n";
    let start = prepare(source).unwrap_or_else(|_| panic!("the program loads"));
    let mut run = Run::new(start, Settings::default());
    while run.has_work() {
        run.advance(64);
    }
    let root = mount::<Timeline>(timeline_props(run.executor(), None, Callback::noop())).await;
    assert_eq!(
        texts(&root, ".lane .task-badge"),
        ["main", "main"],
        "only the task block_on runs joins the lane of fn main"
    );
    assert_eq!(texts(&root, ".lane .lane-also"), ["+ fn main"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_task_that_blocked_the_executor_says_so_on_its_lane() {
    let preset = presets("pitfalls")
        .iter()
        .find(|preset| preset.name == "blocking_sleep")
        .expect("lesson pitfalls has the blocking_sleep preset");
    let start = prepare(preset.source).unwrap_or_else(|_| panic!("the preset loads"));
    let mut run = Run::new(start, Settings::default());
    while run.has_work() {
        run.advance(64);
    }
    let props = TimelineProps {
        blockings: Rc::new(run.blockings()),
        ..timeline_props(run.executor(), None, Callback::noop())
    };
    let root = mount::<Timeline>(props).await;
    let blocked: Vec<String> = all(&root, ".lane-blocked")
        .iter()
        .map(|lane| texts(lane, ".task-badge").concat())
        .collect();
    assert_eq!(
        blocked,
        ["sleeper"],
        "only the sleeper's lane says it blocked"
    );
    let lane = &all(&root, ".lane-blocked")[0];
    assert_eq!(texts(lane, ".lane-stuck-reason"), ["blocked the executor"]);
    let note = lane
        .next_element_sibling()
        .expect("a row under the blocked lane");
    assert_eq!(note.class_name(), "lane-note");
    let explanation = note.text_content().unwrap_or_default();
    assert!(
        explanation.contains("`std::thread::sleep` blocked the executor for 50 ms")
            && explanation.contains("no other task can be polled"),
        "{explanation}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn timeline_has_a_lane_per_task_and_a_mark_per_poll() {
    let executor = two_task_run();
    let root = mount::<Timeline>(timeline_props(&executor, None, Callback::noop())).await;
    assert_eq!(
        texts(&root, "section[aria-label=Timeline] .lane-name .task-badge"),
        ["client", "server"]
    );
    let stats = executor.stats();
    for (lane, task) in all(&root, ".lane").iter().zip(&stats.per_task) {
        let polls = all(lane, ".mark-pending").len() + all(lane, ".mark-ready").len();
        assert_eq!(
            polls as u64, task.stats.polls,
            "marks on the lane of {}",
            task.task
        );
        assert_eq!(
            all(lane, ".mark-ready").len(),
            1,
            "one Ready mark on the lane of {}",
            task.task
        );
        assert_eq!(texts(lane, ".mark-ready"), ["R"]);
    }
    let pending_labels = all(&root, ".mark-pending")
        .iter()
        .filter_map(|mark| mark.get_attribute("aria-label"))
        .collect::<Vec<_>>();
    assert!(
        pending_labels
            .iter()
            .all(|label| label.ends_with("polled: Pending")),
        "{pending_labels:?}"
    );
    let captions: Vec<String> = all(&root, ".mark-wake")
        .iter()
        .filter_map(|mark| mark.get_attribute("data-caption"))
        .collect();
    assert_eq!(captions, ["self", "timer", "self"]);
    assert_eq!(all(&root, ".mark-output").len(), executor.output().len());
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_mark_selects_its_event_and_the_selected_mark_is_highlighted() {
    let executor = two_task_run();
    let (chosen, on_select) = recording_selection();
    let root = mount::<Timeline>(timeline_props(&executor, None, on_select)).await;
    let mark = all(&root, ".mark-pending")
        .remove(0)
        .dyn_into::<HtmlElement>()
        .expect("a button");
    mark.click();
    let seq = mark
        .get_attribute("data-seq")
        .and_then(|seq| seq.parse::<u64>().ok());
    assert_eq!(chosen.get(), seq);
    root.remove();

    let root = mount::<Timeline>(timeline_props(&executor, seq, Callback::noop())).await;
    let selected = all(&root, ".mark.selected");
    assert_eq!(selected.len(), 1);
    assert_eq!(
        selected[0].get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        selected[0].get_attribute("data-seq"),
        seq.map(|seq| seq.to_string())
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_the_selection_between_marks() {
    let executor = two_task_run();
    let (chosen, on_select) = recording_selection();
    let seqs = |root: &Element| {
        let mut seqs: Vec<u64> = all(root, ".mark")
            .iter()
            .filter_map(|mark| mark.get_attribute("data-seq")?.parse().ok())
            .collect();
        seqs.sort_unstable();
        seqs.dedup();
        seqs
    };
    let root = mount::<Timeline>(timeline_props(&executor, None, Callback::noop())).await;
    let marks = seqs(&root);
    root.remove();
    let root = mount::<Timeline>(timeline_props(&executor, Some(marks[1]), on_select)).await;
    assert_eq!(
        all(&root, ".mark[tabindex='0']").len(),
        1,
        "one mark is reachable with Tab"
    );
    let press = |key: &str| {
        let init = KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .expect("a key event");
        let mark = root
            .query_selector(".mark[tabindex='0']")
            .ok()
            .flatten()
            .expect("a focusable mark");
        mark.dispatch_event(&event).expect("dispatched");
    };
    press("ArrowRight");
    assert_eq!(chosen.get(), Some(marks[2]));
    press("ArrowLeft");
    assert_eq!(chosen.get(), Some(marks[0]));
    press("End");
    assert_eq!(chosen.get(), marks.last().copied());
    root.remove();
}

#[wasm_bindgen_test]
async fn scrubbing_moves_the_view_back_and_follow_returns_to_the_newest_events() {
    let executor = yielding_run(500);
    let events = executor.trace().len();
    let root = mount::<Timeline>(timeline_props(&executor, None, Callback::noop())).await;
    let slider = root
        .query_selector("input[aria-label='Scrub timeline']")
        .ok()
        .flatten();
    let slider = slider
        .and_then(|slider| slider.dyn_into::<HtmlInputElement>().ok())
        .expect("a slider");
    slider.set_value("500");
    let init = EventInit::new();
    init.set_bubbles(true);
    slider
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).expect("an event"))
        .expect("dispatched");
    settle_until(|| {
        texts(&root, ".timeline-shown")
            .concat()
            .ends_with(&format!("–500 of {events} in view"))
    })
    .await;
    // The window moved to end at event 500, and the view shows its last events.
    let shown = texts(&root, ".timeline-shown").concat();
    assert!(
        shown.starts_with("events ") && shown.ends_with(&format!("–500 of {events} in view")),
        "{shown}"
    );
    let seqs = all(&root, ".mark")
        .iter()
        .filter_map(|mark| mark.get_attribute("data-seq")?.parse::<u64>().ok())
        .collect::<Vec<_>>();
    assert!(
        !seqs.is_empty() && seqs.iter().all(|seq| (351..=500).contains(seq)),
        "{seqs:?}"
    );
    let follow = root
        .query_selector(".timeline-follow")
        .ok()
        .flatten()
        .and_then(|button| button.dyn_into::<HtmlElement>().ok());
    follow.expect("a Follow latest button").click();
    settle_until(|| {
        texts(&root, ".timeline-shown")
            .concat()
            .ends_with(&format!("–{events} of {events} in view"))
    })
    .await;
    let shown = texts(&root, ".timeline-shown").concat();
    assert!(
        shown.ends_with(&format!("–{events} of {events} in view")),
        "{shown}"
    );
    assert!(all(&root, ".timeline-follow").is_empty());
    root.remove();
}

/// The app's stylesheets, loaded in the page for a test whose views' sizes must be the app's
/// (which events are in view, where the canvas goes); the test removes the element at its end.
fn app_styles() -> Element {
    let styles = document().create_element("style").expect("a style element");
    styles.set_text_content(Some(
        &[
            include_str!("../www/style.css"),
            include_str!("../www/views.css"),
        ]
        .concat(),
    ));
    document()
        .head()
        .expect("a head")
        .append_child(&styles)
        .expect("appended");
    styles
}

/// How many events the Timeline in `root` says are in view, and how many the run has, once its
/// line reads "events a–b of n in view".
fn events_in_view(root: &Element) -> Option<(u64, u64)> {
    let shown = texts(root, ".timeline-shown").concat();
    let counts = shown.strip_prefix("events ")?.strip_suffix(" in view")?;
    let (range, len) = counts.split_once(" of ")?;
    let (first, last) = range.split_once('–')?;
    let (first, last) = (first.parse::<u64>().ok()?, last.parse::<u64>().ok()?);
    Some((last + 1 - first, len.parse().ok()?))
}

/// The zoom level the Timeline in `root` shows, such as "100%".
fn zoom_level(root: &Element) -> String {
    texts(root, ".timeline-zoom output").concat()
}

/// The Timeline's button named `label` ("Zoom in", "Zoom out").
fn timeline_button(root: &Element, label: &str) -> HtmlElement {
    root.query_selector(&format!("button[aria-label='{label}']"))
        .ok()
        .flatten()
        .and_then(|button| button.dyn_into().ok())
        .unwrap_or_else(|| panic!("a {label} button"))
}

#[wasm_bindgen_test]
async fn zooming_out_puts_more_events_in_view_zooming_in_fewer_and_the_scrub_follows() {
    let styles = app_styles();
    let executor = yielding_run(100);
    let root = mount::<Timeline>(timeline_props(&executor, None, Callback::noop())).await;
    let slider = root
        .query_selector("input[aria-label='Scrub timeline']")
        .ok()
        .flatten()
        .and_then(|slider| slider.dyn_into::<HtmlInputElement>().ok())
        .expect("a slider");
    settle_until(|| events_in_view(&root).is_some()).await;
    let (at_default, len) = events_in_view(&root).expect("the events in view are told");
    assert_eq!(zoom_level(&root), "100%");
    assert!(
        at_default < len,
        "{at_default} of {len} events in view at 100%"
    );
    assert!(
        !slider.disabled(),
        "not every event is in view: the scrub is on"
    );
    for level in ["75%", "50%", "25%"] {
        timeline_button(&root, "Zoom out").click();
        settle_until(|| zoom_level(&root) == level).await;
        assert_eq!(zoom_level(&root), level);
    }
    assert!(
        timeline_button(&root, "Zoom out").has_attribute("disabled"),
        "25% is the farthest out"
    );
    settle_until(|| events_in_view(&root).is_some_and(|(count, _)| count > 2 * at_default)).await;
    let (zoomed_out, _) = events_in_view(&root).expect("the events in view are told");
    assert!(
        zoomed_out > 2 * at_default,
        "at 25% {zoomed_out} events are in view, at 100% {at_default}"
    );
    assert_eq!(
        slider.disabled(),
        zoomed_out >= len,
        "the scrub is on exactly when not every event is in view"
    );
    for _ in 0..4 {
        timeline_button(&root, "Zoom in").click();
        settle().await;
    }
    assert_eq!(zoom_level(&root), "150%");
    assert!(
        timeline_button(&root, "Zoom in").has_attribute("disabled"),
        "150% is the farthest in"
    );
    settle_until(|| events_in_view(&root).is_some_and(|(count, _)| count < at_default)).await;
    let (zoomed_in, _) = events_in_view(&root).expect("the events in view are told");
    assert!(
        zoomed_in < at_default,
        "at 150% {zoomed_in} events are in view, at 100% {at_default}"
    );
    assert!(!slider.disabled());
    styles.remove();
    root.remove();
}

#[wasm_bindgen_test]
async fn tasks_table_shows_each_tasks_state_and_counters_with_totals() {
    let executor = two_task_run();
    let root = mount::<Tasks>(run_view(&executor)).await;
    assert_eq!(texts(&root, "section[aria-label=Tasks] caption"), ["Tasks"]);
    assert_eq!(texts(&root, "tbody th"), ["client", "server"]);
    assert_eq!(texts(&root, "tbody .task-state"), ["Finished", "Finished"]);
    let stats = executor.stats();
    let polls: Vec<String> = stats
        .per_task
        .iter()
        .map(|task| task.stats.polls.to_string())
        .collect();
    assert_eq!(texts(&root, "tbody td:nth-child(3)"), polls);
    assert_eq!(
        texts(&root, "tfoot td:nth-child(3)"),
        [stats.total.polls.to_string()]
    );
    assert_eq!(texts(&root, "tfoot td:nth-child(2)"), ["2 tasks"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn tasks_table_lists_the_first_twenty_five_tasks_and_totals_all_of_them() {
    let executor = Executor::new();
    for index in 0..120 {
        executor.spawn(format!("worker {index}"), async {});
    }
    let executor = run_to_completion(executor);
    let root = mount::<Tasks>(run_view(&executor)).await;
    // The rows are added a few per render, in the tasks that follow the first.
    settle_until(|| texts(&root, "tbody th").len() == 25).await;
    let names: Vec<String> = (0..25).map(|index| format!("worker {index}")).collect();
    assert_eq!(texts(&root, "tbody th"), names);
    assert_eq!(
        texts(&root, "tfoot td:nth-child(2)"),
        ["120 tasks (95 not listed)"]
    );
    assert_eq!(
        texts(&root, "tfoot td:nth-child(3)"),
        [executor.stats().total.polls.to_string()]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn tasks_table_names_a_lost_waker() {
    let executor = Executor::new();
    executor.spawn(
        "forgetful",
        std::future::poll_fn(|_| std::task::Poll::<()>::Pending),
    );
    assert!(matches!(executor.tick(8), Progress::Stalled(_)));
    let executor = Rc::new(executor);
    let root = mount::<Tasks>(run_view(&executor)).await;
    assert_eq!(texts(&root, "tbody .task-state"), ["Stuck: lost waker"]);
    root.remove();
    let root = mount::<Timeline>(timeline_props(&executor, None, Callback::noop())).await;
    assert_eq!(texts(&root, ".lane-stuck-reason"), ["stuck: lost waker"]);
    assert!(
        !all(&root, ".mark-diagnostic").is_empty(),
        "the diagnostic is marked on the lane"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn console_attributes_each_line_to_its_task_in_order() {
    let executor = two_task_run();
    let root = mount::<Console>(run_view(&executor)).await;
    let lines = texts(
        &root,
        "section[aria-label=Console] [aria-live=polite] .console-line",
    );
    let expected: Vec<String> = executor
        .output()
        .iter()
        .map(|line| {
            format!(
                "{}{}",
                line.task.as_ref().map_or("", |task| task.name.as_str()),
                line.text
            )
        })
        .collect();
    assert_eq!(lines, expected);
    assert_eq!(texts(&root, ".console-line .task-badge")[0], "client");
    root.remove();
}

#[wasm_bindgen_test]
async fn narration_says_the_newest_or_selected_event_and_the_ones_before_it() {
    let executor = two_task_run();
    let len = executor.trace().len();
    let props = NarrationProps {
        run: run_view(&executor),
        selected: None,
        on_select: Callback::noop(),
    };
    let root = mount::<Narration>(props).await;
    let newest = executor.trace().get(len - 1).expect("an event");
    let current = texts(&root, "section[aria-label=Narration] [aria-live=polite]");
    assert_eq!(
        current,
        [format!(
            "{} · {} ms · {}",
            newest.seq, newest.time_ms, newest.event
        )]
    );
    assert_eq!(all(&root, ".narration-recent li").len(), len.min(20));
    root.remove();

    let (chosen, on_select) = recording_selection();
    let props = NarrationProps {
        run: run_view(&executor),
        selected: Some(3),
        on_select,
    };
    let root = mount::<Narration>(props).await;
    let third = executor.trace().get(2).expect("an event");
    assert_eq!(
        texts(&root, ".narration-current"),
        [format!("3 · 0 ms · {}", third.event)]
    );
    assert_eq!(texts(&root, ".narration-recent li").len(), 3);
    let first_line = all(&root, ".narration-recent li button")
        .remove(0)
        .dyn_into::<HtmlElement>()
        .expect("a button");
    first_line.click();
    assert_eq!(chosen.get(), Some(1), "clicking a line selects its event");
    root.remove();
}

#[wasm_bindgen_test]
async fn console_and_tasks_at_a_selected_event_say_so_and_show_only_what_had_happened() {
    let executor = two_task_run();
    let first_output = executor
        .trace()
        .entries()
        .find(|entry| {
            matches!(
                entry.event,
                async_playground::executor::Event::Output { .. }
            )
        })
        .map(|entry| entry.seq)
        .expect("the run printed");
    let at_event = RunView::at_event(Rc::clone(&executor), 1, first_output);
    let root = mount::<Console>(at_event.clone()).await;
    assert_eq!(texts(&root, ".console-text"), ["client starts"]);
    assert_eq!(
        texts(&root, ".at-event"),
        [format!(
            "As it stood at event {first_output}, the one selected."
        )]
    );
    root.remove();
    let root = mount::<Tasks>(at_event).await;
    assert_eq!(texts(&root, ".at-event").len(), 1);
    root.remove();
    let root = mount::<Console>(run_view(&executor)).await;
    assert_eq!(texts(&root, ".console-text").len(), 4);
    assert!(texts(&root, ".at-event").is_empty());
    root.remove();
}

#[wasm_bindgen_test]
async fn network_says_when_there_are_no_sockets() {
    let executor = two_task_run();
    let root = mount::<Network>(run_view(&executor)).await;
    assert_eq!(
        texts(&root, "section[aria-label=Network] .view-empty"),
        ["No sockets."]
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn network_shows_buffered_bytes_as_escaped_text() {
    let executor = Executor::new();
    let kept = Rc::new(RefCell::new(Vec::new()));
    let keep = Rc::clone(&kept);
    executor.spawn("net", async move {
        let listener = TcpListener::bind("127.0.0.1:8080").expect("bound");
        let client = TcpStream::connect("127.0.0.1:8080").expect("connected");
        let server = listener.async_accept().await.expect("accepted");
        client
            .async_send(b"<b>hi</b>\n".to_vec())
            .await
            .expect("sent");
        keep.borrow_mut().push((listener, client, server));
    });
    let executor = run_to_completion(executor);
    let root = mount::<Network>(run_view(&executor)).await;
    let buffers = texts(&root, ".socket-buffer");
    assert!(
        buffers.contains(&"10 bytes: \"<b>hi</b>\\n\"".to_owned()),
        "{buffers:?}"
    );
    assert!(
        all(&root, ".socket-buffer b").is_empty(),
        "bytes never become markup"
    );
    assert!(texts(&root, "tbody td:nth-child(2)").contains(&"listener".to_owned()));
    root.remove();
    drop(kept);
}

#[wasm_bindgen_test]
async fn policy_counters_compare_the_two_runs() {
    let busy = Executor::new().with_policy(Policy::BusyPolling);
    spawn_two_tasks(&busy);
    let (waker_driven, busy_polling) = (two_task_run().stats(), run_to_completion(busy).stats());
    let expected = [
        waker_driven.total.polls,
        busy_polling.total.polls,
        waker_driven.total.wasted_polls,
        busy_polling.total.wasted_polls,
    ];
    let root = mount::<PolicyCounters>(PolicyCountersProps {
        waker_driven,
        busy_polling,
    })
    .await;
    assert_eq!(texts(&root, "thead th"), ["Waker-driven", "Busy-polling"]);
    assert_eq!(
        texts(&root, "tbody td"),
        expected.map(|count| count.to_string())
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_hundred_thousand_event_trace_draws_only_one_window() {
    let executor = yielding_run(25_000);
    let events = executor.trace().len();
    assert!(events >= 100_000, "{events} events");
    let mut mount_ms = Vec::new();
    for _ in 0..5 {
        let (root, elapsed) = timed_timeline_mount(&executor).await;
        mount_ms.push(elapsed);
        root.remove();
    }
    console_log!("Timeline over {events} events, five mounts until the marks are in the page, in ms: {mount_ms:.1?}");
    let (root, _) = timed_timeline_mount(&executor).await;
    assert!(all(&root, ".mark").len() as u64 <= WINDOW_EVENTS);
    assert!(
        all(&root, "*").len() < 1_500,
        "{} elements",
        all(&root, "*").len()
    );
    // The window drawn, or once the timeline has measured its scroller, the events in view:
    // the newest either way.
    let shown = texts(&root, ".timeline-shown").concat();
    assert!(
        shown.starts_with("events ") && shown.contains(&format!("–{events} of {events}")),
        "the newest events are shown: {shown}"
    );
    root.remove();
}

/// Mounts a Timeline over `executor` and measures the time until Yew has put its marks in the
/// page. Yew renders in a microtask queued by `render`; the measuring microtask is queued after
/// it, so it sees the finished DOM without counting the browser's timer delays, unless Yew
/// yielded to the browser before finishing.
async fn timed_timeline_mount(executor: &Rc<Executor>) -> (Element, f64) {
    let root = document().create_element("div").expect("a div");
    root.set_attribute(TEST_ROOT, "").expect("marked");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    let performance = web_sys::window()
        .and_then(|window| window.performance())
        .expect("a performance clock");
    let started = performance.now();
    let props = timeline_props(executor, None, Callback::noop());
    yew::Renderer::<Timeline>::with_root_and_props(root.clone(), props).render();
    let rendered_at = Rc::new(Cell::new(None));
    yew::platform::spawn_local({
        let (root, rendered_at, performance) =
            (root.clone(), Rc::clone(&rendered_at), performance.clone());
        async move { rendered_at.set((!all(&root, ".mark").is_empty()).then(|| performance.now())) }
    });
    while all(&root, ".mark").is_empty() {
        yew::platform::time::sleep(Duration::ZERO).await;
    }
    // In a debug build Yew may yield to the browser halfway; then the timer delays count too.
    let rendered_at = rendered_at.get().unwrap_or_else(|| performance.now());
    (root, rendered_at - started)
}

/// A run of tasks named `names`, each yielding `yields` times, ticked for `polls` polls: still
/// going, for views that follow it.
fn started_run(names: &[&'static str], yields: usize, polls: usize) -> Rc<Executor> {
    let executor = Rc::new(Executor::new());
    for name in names {
        executor.spawn(*name, async move {
            for _ in 0..yields {
                yield_now().await;
            }
        });
    }
    executor.tick(polls);
    executor
}

/// Properties of [`FollowingHost`].
#[derive(Properties, PartialEq)]
struct FollowingHostProps {
    /// The run at mount; the host counts its own versions from there.
    start: RunView,
    /// Filled by the host with a callback that bumps the version, as the playground does per frame.
    next_frame: Rc<RefCell<Option<Callback<()>>>>,
    /// Given the Timeline's selections.
    #[prop_or_default]
    on_select: Callback<u64>,
}

/// Stands in for the playground: renders a Timeline and re-renders it when the version changes.
#[function_component]
fn FollowingHost(props: &FollowingHostProps) -> Html {
    let version = use_state(|| 0_u64);
    let bump = version.clone();
    *props.next_frame.borrow_mut() = Some(Callback::from(move |()| bump.set(*bump + 1)));
    let run = RunView::new(Rc::clone(&props.start.executor), *version);
    html! { <Timeline {run} on_select={props.on_select.clone()} /> }
}

#[wasm_bindgen_test]
async fn a_following_timeline_keeps_up_with_frames_of_a_long_run() {
    let executor = started_run(&["left", "right"], 25_000, 20_000);
    let next_frame = Rc::new(RefCell::new(None));
    let props = FollowingHostProps {
        start: run_view(&executor),
        next_frame: Rc::clone(&next_frame),
        on_select: Callback::noop(),
    };
    let root = mount::<FollowingHost>(props).await;
    let performance = web_sys::window()
        .and_then(|window| window.performance())
        .expect("a performance clock");
    let mut frame_ms = Vec::new();
    for _ in 0..10 {
        executor.tick(60);
        let started = performance.now();
        next_frame
            .borrow()
            .as_ref()
            .expect("the host rendered")
            .emit(());
        let events = executor.trace().len();
        let expected = format!("events {}–{events} of {events}", events - 149);
        // Yew renders a state change in a later turn of the event loop, so this time includes
        // at least one timer delay: an upper bound of the re-render's cost.
        while texts(&root, ".timeline-shown") != [expected.clone()] {
            yew::platform::time::sleep(Duration::ZERO).await;
        }
        frame_ms.push(performance.now() - started);
    }
    console_log!(
        "Following a run of {} events, version bump to new window shown, in ms: {frame_ms:.1?}",
        executor.trace().len()
    );
    assert!(all(&root, ".mark").len() as u64 <= WINDOW_EVENTS);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_fast_moving_timeline_draws_on_a_canvas_and_its_marks_come_back_as_buttons_when_it_stops()
{
    let executor = started_run(&["left"], 5_000, 100);
    let next_frame = Rc::new(RefCell::new(None));
    let props = FollowingHostProps {
        start: run_view(&executor),
        next_frame: Rc::clone(&next_frame),
        on_select: Callback::noop(),
    };
    let root = mount::<FollowingHost>(props).await;
    assert!(
        !all(&root, ".mark").is_empty(),
        "a timeline standing still shows its marks as buttons"
    );
    assert!(all(&root, "canvas").is_empty());
    // Frames of a fast run: the window moves by far more than a step each time.
    let drawn =
        || drawn_canvas(&root).is_some_and(|canvas| canvas.width() > 0 && canvas.height() > 0);
    for _ in 0..3 {
        frames_until(&executor, &next_frame, 100, drawn).await;
        let canvas = all(&root, "canvas.timeline-canvas");
        assert_eq!(
            canvas.len(),
            1,
            "the marks are drawn on one canvas while the window moves fast"
        );
        let canvas = canvas[0]
            .clone()
            .dyn_into::<web_sys::HtmlCanvasElement>()
            .expect("a canvas");
        assert!(
            canvas.width() > 0 && canvas.height() > 0,
            "the canvas has a bitmap"
        );
        assert_eq!(canvas.get_attribute("role").as_deref(), Some("img"));
        assert!(canvas
            .get_attribute("aria-label")
            .is_some_and(|label| label.contains("drawn while the timeline moves")));
        assert!(
            all(&root, ".mark").is_empty(),
            "no mark buttons while the window moves fast"
        );
        assert_eq!(
            texts(&root, ".lane-names"),
            ["left\n"],
            "the lanes' names stay in the page, a line per lane"
        );
    }
    // Paused: once the window stands still the marks are focusable buttons with names again,
    // a few at a time.
    settle_until(|| all(&root, "canvas").is_empty() && !all(&root, "button.mark").is_empty()).await;
    assert!(
        all(&root, "canvas").is_empty(),
        "the canvas gives way to buttons"
    );
    let marks = all(&root, "button.mark");
    assert!(!marks.is_empty() && marks.len() as u64 <= WINDOW_EVENTS);
    assert!(marks.iter().all(|mark| mark
        .get_attribute("aria-label")
        .is_some_and(|label| label.starts_with("event "))));
    assert_eq!(
        all(&root, ".mark[tabindex='0']").len(),
        1,
        "one mark is reachable with Tab"
    );
    // A step moves the window by one or two events: the buttons stay.
    executor.tick(1);
    next_frame
        .borrow()
        .as_ref()
        .expect("the host rendered")
        .emit(());
    settle().await;
    assert!(
        all(&root, "canvas").is_empty() && !all(&root, ".mark").is_empty(),
        "a step keeps the buttons"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_drawn_timeline_covers_the_rows_on_screen_follows_the_page_and_a_click_selects_its_column(
) {
    let names: Vec<&'static str> = (0..32)
        .map(|task| &*Box::leak(format!("task {task}").into_boxed_str()))
        .collect();
    let executor = started_run(&names, 1_000, 100);
    let next_frame = Rc::new(RefCell::new(None));
    let (chosen, on_select) = recording_selection();
    let styles = app_styles();
    let props = FollowingHostProps {
        start: run_view(&executor),
        next_frame: Rc::clone(&next_frame),
        on_select,
    };
    let root = mount::<FollowingHost>(props).await;
    // The page goes on far below the Timeline, whose 32 lanes are taller than the window.
    let below = document().create_element("div").expect("a div");
    below.set_attribute(TEST_ROOT, "").expect("marked");
    below
        .set_attribute("style", "height: 5000px")
        .expect("styled");
    document()
        .body()
        .expect("a body")
        .append_child(&below)
        .expect("appended");
    let window = web_sys::window().expect("a window");
    let window_height = window
        .inner_height()
        .ok()
        .and_then(|height| height.as_f64())
        .expect("a height");
    let canvas = || drawn_canvas(&root).expect("a drawn canvas");
    let lanes = || {
        all(&root, ".timeline-overlay")
            .pop()
            .expect("the lanes' overlay")
            .get_bounding_client_rect()
    };
    // Where the canvas is, and whether it covers the part of the lanes on screen.
    let covers_the_window = || {
        let Some(canvas) = drawn_canvas(&root) else {
            return (false, 0.0, 0.0);
        };
        let (drawn, lanes) = (canvas.get_bounding_client_rect(), lanes());
        let covers = drawn.top() <= lanes.top().max(0.0)
            && drawn.bottom() >= lanes.bottom().min(window_height);
        (covers && canvas.height() > 0, drawn.top(), drawn.bottom())
    };

    let full_height = lanes().height();
    assert!(
        full_height > window_height + 200.0,
        "the test needs lanes taller than the window"
    );
    // Frames of a fast run, each followed by the scroll event and the draw that follows it.
    window.scroll_to_with_x_and_y(0.0, 0.0);
    frames_until(&executor, &next_frame, 100, || covers_the_window().0).await;
    assert!(
        covers_the_window().0,
        "the canvas covers the window: {:?} of {window_height}",
        covers_the_window()
    );
    assert!(
        canvas().get_bounding_client_rect().height() < full_height,
        "but not the lanes below it: {:?} of lanes {full_height} in a window of {window_height}",
        covers_the_window()
    );

    let nothing_drawn = || drawn_canvas(&root).is_some_and(|canvas| canvas.height() == 0);
    window.scroll_to_with_x_and_y(0.0, full_height + 1000.0);
    frames_until(&executor, &next_frame, 100, nothing_drawn).await;
    assert_eq!(
        canvas().height(),
        0,
        "with the Timeline scrolled out of sight, nothing is drawn"
    );
    window.scroll_to_with_x_and_y(0.0, 300.0);
    frames_until(&executor, &next_frame, 100, || covers_the_window().0).await;
    assert!(
        covers_the_window().0,
        "scrolled back, the rows on screen are drawn: {:?}",
        covers_the_window()
    );
    let drawn = canvas().get_bounding_client_rect();

    // A click at the right edge lands in the newest event's column.
    let init = web_sys::MouseEventInit::new();
    init.set_client_x((drawn.right() - 4.0) as i32);
    init.set_client_y(100);
    let click =
        web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("a click");
    canvas().dispatch_event(&click).expect("dispatched");
    assert_eq!(
        chosen.get(),
        Some(executor.trace().len() as u64),
        "the click selects the event of its column"
    );
    window.scroll_to_with_x_and_y(0.0, 0.0);
    below.remove();
    styles.remove();
    root.remove();
}
