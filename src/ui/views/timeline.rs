//! The Timeline view: one lane per task with a mark per spawn, poll, wake, output and diagnostic,
//! placed by event order, scrubbable, with the selected event highlighted; a task that blocked
//! the executor, or whose network operation failed, says so on its lane, with an explanation. It must never build
//! DOM for more than one window of events, however long the trace is.
//!
//! While a run moves fast (playing at speed, or a jump after a fast stretch) the marks are drawn
//! on one canvas (`timeline/canvas.rs`): restyling, laying out and painting a button per mark on
//! every frame is what made frames long. Once the trace has stood still for [`SETTLE_MS`], as
//! when a run is paused, stepped or finished, the marks are focusable buttons again.

mod block_on;
mod canvas;
mod zoom;

pub use self::canvas::warm_fonts as warm_canvas_fonts;

use self::block_on::BlockOnLane;
use self::zoom::Zoom;

use std::collections::HashMap;
use std::ops::RangeInclusive;
use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::{render_again_while, stuck_reasons, stuck_tasks, task_badge, RunView};
use crate::executor::{
    AbortCause, Event, Executor, PollOutcome, ResourceLabel, TaskLabel, TraceEntry, WakeSource,
};
use crate::net::{Network, NetworkFailure};
use crate::script::eval::Blocking;
use crate::session::pacing::tuning::{
    ANCHOR_STRIDE, LANES_PER_RENDER, MARKS_PER_RENDER, MAX_LANES, SETTLE_MS, SETTLE_STEP_MS,
    SMALL_CHANGE_EVENTS, WINDOW_EVENTS,
};
use crate::web::frame_driver::{after_next_frame, FrameDriver};
use crate::web::later::later;
use crate::web::listener::Listener;

/// How the run's trace moved over the renders: its last length, how many times it moved far, the
/// count of far moves after which it last stood still for [`SETTLE_MS`], the count after which
/// the lanes last became elements, and how many have while they still are becoming so.
#[derive(Default)]
struct Motion {
    last_len: Option<u64>,
    moves: u64,
    settled: u64,
    converted_at: u64,
    converting: Option<usize>,
}

impl Motion {
    /// Notes that the trace now has `len` events and says how many far moves there have been,
    /// and whether it has not stood still since the last one.
    fn observe(&mut self, len: u64) -> (u64, bool) {
        if self
            .last_len
            .is_some_and(|last| last.abs_diff(len) > SMALL_CHANGE_EVENTS as u64)
        {
            self.moves += 1;
        }
        self.last_len = Some(len);
        (self.moves, self.moves != self.settled)
    }

    /// While the marks drawn of a trace settled after `moves` far moves are becoming buttons,
    /// lane by lane (`ends[lane]`: how many marks the lanes up to that one hold), how many are
    /// buttons in this render; `None` once all are.
    fn convert(&mut self, moves: u64, ends: &[usize]) -> Option<usize> {
        if std::mem::replace(&mut self.converted_at, moves) != moves {
            self.converting = Some(0);
        }
        let total = ends.last().copied().unwrap_or_default();
        self.converting = self.converting.filter(|&done| done < total).map(|done| {
            let finished_lanes = ends.partition_point(|&end| end <= done);
            let lanes_limit = ends
                .get(finished_lanes + LANES_PER_RENDER - 1)
                .copied()
                .unwrap_or(total);
            (done + MARKS_PER_RENDER).min(lanes_limit)
        });
        self.converting
    }
}

/// Properties of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The run to show.
    pub run: RunView,
    /// The seq of the selected event, whose marks are highlighted.
    #[prop_or_default]
    pub selected: Option<u64>,
    /// Called with an event's seq when the user selects one of its marks.
    pub on_select: Callback<u64>,
    /// The times a task blocked the executor, each shown on that task's lane.
    #[prop_or_default]
    pub blockings: Rc<Vec<Blocking>>,
    /// Whether the run is playing fast: the marks are drawn from the first render on, without
    /// waiting for the trace to move far between two renders.
    #[prop_or_default]
    pub playing_fast: bool,
}

/// What a mark stands for, which decides its letter, shape and colour.
#[derive(Clone, Copy, PartialEq)]
enum MarkKind {
    Spawn,
    Poll(PollOutcome),
    Wake,
    Output,
    Diagnosis,
    /// Threads mode: a thread switched out when its time slice ran out.
    Preempt,
    /// The poll that ended the program: a panic, or a playground limit.
    Abort,
}

impl MarkKind {
    /// Every kind, in the legend's order.
    const ALL: [MarkKind; 8] = [
        MarkKind::Spawn,
        MarkKind::Poll(PollOutcome::Pending),
        MarkKind::Poll(PollOutcome::Ready),
        MarkKind::Wake,
        MarkKind::Output,
        MarkKind::Diagnosis,
        MarkKind::Preempt,
        MarkKind::Abort,
    ];

    /// How a mark of this kind looks: its class on the lanes and in the legend (the two are
    /// styled alike, with shape and colour), its letter, and what the legend says it is.
    fn look(self) -> Look {
        let (class, legend_class, letter, meaning) = match self {
            MarkKind::Spawn => ("mark-spawn", "legend-spawn", "S", "spawned"),
            MarkKind::Poll(PollOutcome::Pending) => {
                ("mark-pending", "legend-pending", "P", "polled: Pending")
            }
            MarkKind::Poll(PollOutcome::Ready) => {
                ("mark-ready", "legend-ready", "R", "polled: Ready")
            }
            MarkKind::Wake => ("mark-wake", "legend-wake", "W", "woken"),
            MarkKind::Output => ("mark-output", "legend-output", "O", "printed output"),
            MarkKind::Diagnosis => (
                "mark-diagnostic",
                "legend-diagnostic",
                "!",
                "stuck or blocked",
            ),
            MarkKind::Preempt => (
                "mark-preempted",
                "legend-preempted",
                "T",
                "preempted (threads)",
            ),
            MarkKind::Abort => ("mark-panic", "legend-panic", "✕", "panicked"),
        };
        Look {
            class,
            legend_class,
            letter,
            meaning,
        }
    }
}

/// How a kind of mark looks, and what it means.
struct Look {
    class: &'static str,
    legend_class: &'static str,
    letter: &'static str,
    meaning: &'static str,
}

/// What each mark means, under the Timeline's title: its marks' shapes and letters explained.
fn legend() -> Html {
    html! {
        <ul class="timeline-legend" aria-label="Timeline legend">
            { for MarkKind::ALL.into_iter().map(|kind| {
                let Look { legend_class, letter, meaning, .. } = kind.look();
                html! {
                    <li><span class={classes!("legend-mark", legend_class)} aria-hidden="true">{ letter }</span>{ meaning }</li>
                }
            }) }
        </ul>
    }
}

/// One mark on one task's lane.
struct Mark {
    seq: u64,
    /// The index of the task whose lane holds the mark.
    lane: usize,
    kind: MarkKind,
    /// A short visible caption beside the letter, such as "timer" on a wake by a timer: an
    /// attribute that the stylesheet shows, so that marks reused for other events never add or
    /// remove nodes. Formatted only where it is shown.
    caption: Option<Caption>,
    /// The lane of the task whose poll used the waker, for the wake arrow.
    woken_from: Option<usize>,
}

/// A mark's caption, kept as data: the canvas writes only the captions in view, and a mark's
/// sentence (its accessible name) is formatted only when the mark becomes a button.
#[derive(Clone, Copy, PartialEq)]
enum Caption {
    Text(&'static str),
    Resource(ResourceLabel),
}

impl std::fmt::Display for Caption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Caption::Text(text) => f.write_str(text),
            Caption::Resource(resource) => write!(f, "{resource}"),
        }
    }
}

/// A task's lane and, if the executor proved it stuck, why; if it blocked the executor, how;
/// if a network operation of it failed, which; if it ended the program, why.
struct Lane {
    task: TaskLabel,
    stuck: Option<&'static str>,
    blocked: Option<String>,
    network: Option<String>,
    aborted: Option<Aborted>,
    /// The task `block_on` runs, when the lane holds it too (see [`BlockOnLane`]): the lane is
    /// then shown under its name, the one Narration, Console and Tasks give it.
    block_on: Option<TaskLabel>,
}

/// How a task ended the program: its lane's short reason, and the note under the lane.
struct Aborted {
    reason: &'static str,
    note: String,
}

impl Aborted {
    /// How `cause` is told on the lane of the task it ended.
    fn new(cause: &AbortCause) -> Aborted {
        match cause {
            AbortCause::Panic(message) => Aborted {
                reason: "panicked",
                note: format!("Panicked: {message}. A panic ends the whole program: no task is polled after it."),
            },
            AbortCause::Limit(message) => Aborted {
                reason: "stopped by a limit",
                note: format!("Stopped by the playground: {message}"),
            },
        }
    }
}

impl Lane {
    /// This lane with the task `block_on` runs on it too: what that task's lane would say comes
    /// first, as its code is what the learner wrote inside `block_on`.
    fn with_block_on(self, block_on: Lane) -> Lane {
        Lane {
            stuck: block_on.stuck.or(self.stuck),
            blocked: block_on.blocked.or(self.blocked),
            network: block_on.network.or(self.network),
            aborted: block_on.aborted.or(self.aborted),
            block_on: Some(block_on.task),
            task: self.task,
        }
    }

    /// The task the lane is shown as: the one `block_on` runs, when it is on the lane, as the
    /// learner's code inside `block_on` is what the lane mostly draws.
    fn name(&self) -> &TaskLabel {
        self.block_on.as_ref().unwrap_or(&self.task)
    }

    /// What the lane's name column says under the task's name: one status, as the column has
    /// room for one (on two lines at most). The first that applies of: how the task ended the
    /// program, why it is stuck, that it blocked the executor, that its network operation
    /// failed. Any other of them has a row of its own under the lane (`notes`): a panic or a
    /// limit ends the program before anything could be diagnosed stuck.
    fn status(&self) -> Option<String> {
        if let Some(aborted) = &self.aborted {
            return Some(aborted.reason.to_owned());
        }
        let status = match (self.stuck, &self.blocked, &self.network) {
            (Some(reason), _, _) => format!("stuck: {reason}"),
            (None, Some(_), _) => "blocked the executor".to_owned(),
            (None, None, Some(_)) => "network error".to_owned(),
            (None, None, None) => return None,
        };
        Some(status)
    }

    /// The explanations shown in rows of their own under the lane.
    fn notes(&self) -> impl Iterator<Item = &String> {
        let aborted = self.aborted.as_ref().map(|aborted| &aborted.note);
        aborted
            .into_iter()
            .chain(&self.blocked)
            .chain(&self.network)
    }

    /// How many rows the lane takes: its own and one per explanation.
    fn rows(&self) -> usize {
        1 + self.notes().count()
    }
}

/// The timeline of the run: the last [`WINDOW_EVENTS`] events while following, or the window
/// the user scrubbed back to.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    // `None` follows the newest events; `Some(seq)` pins the window's last event.
    let pinned_end = use_state(|| None::<u64>);
    let zoom = use_state(Zoom::default);
    let scroller = use_node_ref();
    let canvas_ref = use_node_ref();
    let scrub_refs = ScrubRefs {
        scroller: scroller.clone(),
        input: use_node_ref(),
        shown: use_node_ref(),
        zoom: *zoom,
    };
    // What the canvas reads from style, its last picture and the scroller's offset, so that a
    // draw reads neither style nor layout, and a scroll redraws what comes into view.
    let canvas_state = use_mut_ref(CanvasState::default);
    let motion = use_mut_ref(Motion::default);
    // How many lanes the timeline wants and how many it draws (see `LANES_PER_RENDER`), and the
    // frame requested to draw more.
    let lane_growth = use_mut_ref(|| (0_usize, None::<FrameDriver>));
    let rerender = use_force_update();
    let executor = &props.run.executor;
    let len = executor.trace().len() as u64;
    let window = window(len, *pinned_end);
    let (moves, unsettled) = motion.borrow_mut().observe(len);
    let moving = unsettled || props.playing_fast;
    if !moving {
        // The next fast stretch reads the style again: the theme may have changed meanwhile.
        canvas_state.borrow_mut().style = None;
    }
    use_effect_with(
        moves,
        settle_after(motion.clone(), rerender.clone(), moving),
    );
    let block_on = BlockOnLane::find(&props.run.stats.per_task, &executor.block_on_tasks());
    let mut marks = window_marks(executor, &window, block_on.as_ref());
    let mut lanes = lanes(&props.run, &marks, &props.blockings, block_on.as_ref());
    // The grid keeps the height of every lane it will draw while it adds them, so that the page
    // below does not move on every render.
    let reserved_rows = row_count(&lanes);
    let mut lane_growth = lane_growth.borrow_mut();
    let (drawn_lanes, next_frame) = &mut *lane_growth;
    // Drawn on the canvas, lanes cost no elements: they all come at once, and become elements
    // a few at a time once the trace settles.
    let left_out = if moving {
        *drawn_lanes = lanes.len();
        false
    } else {
        grow_lanes(&mut lanes, drawn_lanes)
    };
    let undrawn = drop_undrawn_marks(&mut marks, &lanes);
    // While lanes are still being added, no task is said to be left out for good.
    let hidden_lanes = if left_out { 0 } else { undrawn };
    // While the run moves fast the timeline is drawn again soon anyway (`session::pacing::catch_up`),
    // so only a timeline standing still asks for frames of its own.
    render_again_while(next_frame, left_out && !moving, rerender.clone());
    drop(lane_growth);
    // Once the trace settles, the marks become buttons a few at a time (`SETTLE_STEP_MS`),
    // still drawn meanwhile.
    let ends = if moving {
        Vec::new()
    } else {
        mark_ends(&lanes, &marks)
    };
    let converting = if moving {
        None
    } else {
        motion.borrow_mut().convert(moves, &ends)
    };
    if converting.is_some() {
        later(
            Duration::from_millis(SETTLE_STEP_MS),
            Box::new(move || rerender.force_update()),
        );
    }
    use_effect_with(props.selected, focus_selected(scroller.clone()));
    use_effect_with((*zoom, lanes.is_empty()), align_scrolls(scroller.clone()));
    // The marks come in event order (`window_marks`), so their seqs need no sort, which would
    // cost the bundle kilobytes for this alone.
    let mut seqs: Vec<u64> = marks.iter().map(|mark| mark.seq).collect();
    debug_assert!(seqs.is_sorted(), "marks come in event order");
    seqs.dedup();
    let focusable = props
        .selected
        .filter(|seq| seqs.binary_search(seq).is_ok())
        .or(seqs.last().copied());
    let mut picture = None;
    let body = if lanes.is_empty() {
        html! { <p class="view-empty">{ "No events yet." }</p> }
    } else {
        let anchor = window.start() - (window.start() - 1) % ANCHOR_STRIDE;
        let on_select = &props.on_select;
        let drawing = Drawing {
            executor,
            anchor,
            shift: window.start() - anchor,
            rows: reserved_rows,
            selected: props.selected,
            focusable,
            on_select,
            zoom: *zoom,
        };
        let onkeydown = arrow_keys(seqs.clone(), focusable, on_select.clone());
        let grid = if moving || converting.is_some() {
            picture = Some(Rc::new(drawing.picture(&lanes, &marks, &window)));
            let onclick = clicked_column(
                (*window.start(), *zoom),
                seqs,
                on_select.clone(),
                canvas_state.clone(),
            );
            let buttons = buttons_per_lane(&ends, converting.unwrap_or_default());
            drawing.canvas_grid(
                &lanes,
                &marks,
                &window,
                canvas_ref.clone(),
                onclick,
                &buttons,
            )
        } else {
            drawing.grid(&lanes, &marks, &window)
        };
        html! {
            <div class="timeline-frame">
                <div class="timeline-scroll" ref={scroller} {onkeydown}
                    onscroll={scrolled(canvas_state.clone(), canvas_ref.clone(), (!moving).then(|| (scrub_refs.clone(), window.clone(), len)))}>
                    { grid }
                </div>
            </div>
        }
    };
    {
        // Only a timeline standing still reads the scroller's layout: a fast run's frames have
        // no time for it, and its label then tells the window.
        let in_view = (!moving).then(|| (scrub_refs.clone(), window.clone(), len));
        use_effect(move || {
            if let Some((refs, window, len)) = in_view {
                refs.show_in_view(&window, len);
            }
        });
    }
    let page_followed = (Rc::clone(&canvas_state), canvas_ref.clone());
    use_effect_with(picture.is_some(), move |&drawn| {
        let listeners = drawn.then(|| follow_page(page_followed.0, page_followed.1));
        move || drop(listeners)
    });
    // Drawn once the canvas is in the page, and again only when the picture changed.
    use_effect_with(picture, move |picture| {
        let mut state = canvas_state.borrow_mut();
        state.picture.clone_from(picture);
        if state.style.is_some() {
            state.draw(&canvas_ref);
        } else if picture.is_some()
            && !state
                .first_draw
                .as_ref()
                .is_some_and(FrameDriver::is_running)
        {
            // The first draw of a fast stretch reads style and layout: in a task of its own, once
            // the browser has laid out the page, rather than forcing it in the middle of a task.
            // One already asked for stays: it draws the newest picture, and asking again would
            // put the draw off for as long as renders come faster than frames.
            let drawn_state = Rc::clone(&canvas_state);
            state.first_draw = Some(after_next_frame(Box::new(move || {
                drawn_state.borrow_mut().draw(&canvas_ref)
            })));
        }
    });
    html! {
        <section class="view timeline" aria-label="Timeline">
            <h3 class="view-title">{ "Timeline" }</h3>
            { legend() }
            { body }
            if executor.installed_driver::<Network>().is_some_and(|network| network.has_remote_connections()) {
                <p class="view-note">{ "This run talks to a real server: its network events arrive in wall-clock time, \
                    between animation frames. The lanes order events as they happened; virtual time stands still \
                    while a task waits for the network." }</p>
            }
            if hidden_lanes > 0 {
                <p class="view-note">{ format!("{hidden_lanes} more tasks have events in this window; only the {MAX_LANES} with the newest are drawn.") }</p>
            }
            { scrub(len, &window, pinned_end, &scrub_refs, zoom) }
        </section>
    }
}

/// What the canvas keeps between draws.
#[derive(Default)]
struct CanvasState {
    /// What drawing reads from style, kept while the run moves fast.
    style: Option<canvas::Style>,
    /// The picture drawn last, drawn again when the scroller moves.
    picture: Option<Rc<canvas::Picture>>,
    /// The scroller's `scrollLeft`, noted when it scrolls rather than read on every draw.
    scroll_left: f64,
    /// The first draw of a fast stretch, asked for after the next frame.
    first_draw: Option<FrameDriver>,
}

impl CanvasState {
    fn draw(&mut self, canvas: &NodeRef) {
        if let (Some(picture), Some(canvas)) = (&self.picture, canvas.cast::<HtmlCanvasElement>()) {
            canvas::draw(&canvas, picture, &mut self.style, self.scroll_left);
        }
    }
}

/// While the canvas is in the page, follows the page's scrolling and resizing, which bring other
/// rows on screen: the canvas covers only those (`canvas::Region`).
fn follow_page(
    state: Rc<std::cell::RefCell<CanvasState>>,
    canvas: NodeRef,
) -> Option<[Listener; 2]> {
    let window: web_sys::EventTarget = web_sys::window()?.into();
    let listen = |event| {
        let (state, canvas) = (Rc::clone(&state), canvas.clone());
        Listener::new(window.clone(), event, move |_| {
            let mut state = state.borrow_mut();
            if let (Some(style), Some(element)) =
                (state.style.as_mut(), canvas.cast::<HtmlCanvasElement>())
            {
                style.follow_page(&element);
                state.draw(&canvas);
            }
        })
    };
    Some([listen("scroll"), listen("resize")])
}

/// Notes the scroller's offset and draws the canvas's picture again for the columns now in view;
/// on a timeline standing still, says which events are now in view.
fn scrolled(
    state: Rc<std::cell::RefCell<CanvasState>>,
    canvas: NodeRef,
    in_view: Option<(ScrubRefs, RangeInclusive<u64>, u64)>,
) -> Callback<web_sys::Event> {
    Callback::from(move |event: web_sys::Event| {
        let scroller: Element = event.target_unchecked_into();
        let mut state = state.borrow_mut();
        state.scroll_left = f64::from(scroller.scroll_left());
        state.draw(&canvas);
        if let Some((refs, window, len)) = &in_view {
            refs.show_in_view(window, *len);
        }
    })
}

/// The seqs shown: the `WINDOW_EVENTS` events ending at `pinned_end`, or at the newest one.
fn window(len: u64, pinned_end: Option<u64>) -> RangeInclusive<u64> {
    let last = pinned_end.map_or(len, |end| end.min(len));
    (last.saturating_sub(WINDOW_EVENTS) + 1)..=last
}

/// The marks of the events in `window`, read one by one so that the rest of the trace costs
/// nothing, each on its task's lane (the task `block_on` runs and `fn main` share one).
fn window_marks(
    executor: &Executor,
    window: &RangeInclusive<u64>,
    block_on: Option<&BlockOnLane>,
) -> Vec<Mark> {
    let trace = executor.trace();
    let entries = window
        .clone()
        .filter_map(|seq| trace.get(usize::try_from(seq - 1).ok()?));
    let on_lanes = |mark: Mark| {
        let lane = BlockOnLane::lane_of(block_on, mark.lane);
        let woken_from = mark
            .woken_from
            .map(|from| BlockOnLane::lane_of(block_on, from));
        Mark {
            lane,
            // A wake from the same lane has no arrow to draw; its title says who woke.
            woken_from: woken_from.filter(|&from| from != lane),
            ..mark
        }
    };
    let mut marks: Vec<Mark> = entries
        .flat_map(|entry| marks_of(&entry))
        .map(on_lanes)
        .collect();
    // A diagnosis naming both `block_on`'s task and the code that called it (a deadlock of
    // the two) would put two marks of one event on one lane: one says it.
    marks.dedup_by(|later, earlier| later.seq == earlier.seq && later.lane == earlier.lane);
    marks
}

/// The marks one event puts on lanes: none for events that belong to no task.
fn marks_of(entry: &TraceEntry) -> Vec<Mark> {
    let mark = |task: &TaskLabel, kind| Mark {
        seq: entry.seq,
        lane: task.id.index(),
        kind,
        caption: None,
        woken_from: None,
    };
    match &entry.event {
        Event::Spawned { task } => vec![mark(task, MarkKind::Spawn)],
        Event::Polled { task, outcome } => vec![mark(task, MarkKind::Poll(*outcome))],
        Event::Woken { task, by } => vec![wake_mark(mark(task, MarkKind::Wake), by)],
        Event::Output {
            task: Some(task), ..
        } => vec![mark(task, MarkKind::Output)],
        Event::Preempted { task } => vec![mark(task, MarkKind::Preempt)],
        Event::Aborted { task, .. } => vec![mark(task, MarkKind::Abort)],
        Event::Diagnosis(diagnostic) => {
            let (reason, tasks) = stuck_tasks(diagnostic);
            tasks
                .into_iter()
                .map(|task| Mark {
                    caption: Some(Caption::Text(reason)),
                    ..mark(task, MarkKind::Diagnosis)
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Says who woke: an arrow from the waking task's lane, or a caption.
fn wake_mark(mark: Mark, by: &WakeSource) -> Mark {
    let caption = match by {
        WakeSource::Task(waker) if waker.id.index() == mark.lane => Caption::Text("self"),
        WakeSource::Task(waker) => {
            return Mark {
                woken_from: Some(waker.id.index()),
                ..mark
            }
        }
        WakeSource::Timer => Caption::Text("timer"),
        WakeSource::Resource(resource) => Caption::Resource(*resource),
        WakeSource::External => Caption::Text("outside"),
    };
    Mark {
        caption: Some(caption),
        ..mark
    }
}

/// The lanes to draw, in spawn order: every task (the one `block_on` runs sharing the lane of
/// `fn main`, shown under its name), or only those with marks when there are many, and then at most [`MAX_LANES`],
/// those whose newest mark is newest.
fn lanes(
    run: &RunView,
    marks: &[Mark],
    blockings: &[Blocking],
    block_on: Option<&BlockOnLane>,
) -> Vec<Lane> {
    let tasks = &run.stats.per_task;
    let stuck = stuck_reasons(&run.executor.diagnoses());
    let failures = run
        .executor
        .installed_driver::<Network>()
        .map(|network| network.failures())
        .unwrap_or_default();
    let aborted = run.executor.aborted();
    let mut newest_first: Vec<usize> = Vec::new();
    for mark in marks.iter().rev() {
        if newest_first.len() < MAX_LANES && !newest_first.contains(&mark.lane) {
            newest_first.push(mark.lane);
        }
    }
    let every_task = tasks.len() <= MAX_LANES;
    let lane = |task: &TaskLabel| Lane {
        stuck: stuck.get(&task.id.index()).copied(),
        blocked: blocked_explanation(task, blockings),
        network: network_explanation(task, &failures),
        aborted: aborted
            .as_ref()
            .filter(|(ended, _)| ended.id == task.id)
            .map(|(_, cause)| Aborted::new(cause)),
        block_on: None,
        task: task.clone(),
    };
    let shown = tasks.iter().map(|task| &task.task).filter(|task| {
        let index = task.id.index();
        BlockOnLane::lane_of(block_on, index) == index
            && (every_task || newest_first.contains(&index))
    });
    shown
        .map(|task| {
            let joined = block_on.map_or(&[][..], |block_on| block_on.joined_to(task.id.index()));
            joined
                .iter()
                .filter_map(|&index| tasks.get(index))
                .fold(lane(task), |own, block_on| {
                    own.with_block_on(lane(&block_on.task))
                })
        })
        .collect()
}

/// The first of `items` that belongs to `task` (by the task it names), and how many more do.
fn first_of_task<'a, T>(
    task: &TaskLabel,
    items: &'a [T],
    owner: impl Fn(&T) -> Option<&TaskLabel>,
) -> Option<(&'a T, usize)> {
    let mut own = items
        .iter()
        .filter(|item| owner(item).is_some_and(|label| label.id == task.id));
    let first = own.next()?;
    Some((first, own.count()))
}

/// One sentence on how `task` blocked the executor, if it did: the first report, and how many
/// more there were.
fn blocked_explanation(task: &TaskLabel, blockings: &[Blocking]) -> Option<String> {
    let (first, more) = first_of_task(task, blockings, |blocking| blocking.task.as_ref())?;
    let again = if more == 0 {
        String::new()
    } else {
        format!(" (and {more} more times)")
    };
    Some(format!(
        "Blocked the executor{again}: {}; while a task runs without reaching an `.await`, no other task can be polled.",
        first.message
    ))
}

/// One sentence on the first network operation of `task` that failed, if any, and how many
/// more did.
fn network_explanation(task: &TaskLabel, failures: &[NetworkFailure]) -> Option<String> {
    let (first, more) = first_of_task(task, failures, |failure| failure.task.as_ref())?;
    let again = if more == 0 {
        String::new()
    } else {
        format!(" ({more} more failed after it)")
    };
    Some(format!("Network error{again}: {first}. The program got this as an `Err` value; the page keeps working, so fix the cause and Run again."))
}

/// Removes the marks of lanes that are not drawn, so that keyboard navigation only reaches drawn
/// marks, and says how many tasks with marks were left without a lane.
fn drop_undrawn_marks(marks: &mut Vec<Mark>, lanes: &[Lane]) -> usize {
    let mut drawn: Vec<usize> = lanes.iter().map(|lane| lane.task.id.index()).collect();
    drawn.sort_unstable();
    let is_drawn = |lane: &usize| drawn.binary_search(lane).is_ok();
    let mut undrawn: Vec<usize> = marks
        .iter()
        .map(|mark| mark.lane)
        .filter(|lane| !is_drawn(lane))
        .collect();
    undrawn.sort_unstable();
    undrawn.dedup();
    marks.retain(|mark| is_drawn(&mark.lane));
    undrawn.len()
}

/// A lane's marks, in event order.
fn lane_marks<'m>(lane: &Lane, marks: &'m [Mark]) -> impl Iterator<Item = &'m Mark> {
    let task = lane.task.id.index();
    marks.iter().filter(move |mark| mark.lane == task)
}

/// How many marks the lanes hold, counted lane by lane: the count up to the end of each lane.
fn mark_ends(lanes: &[Lane], marks: &[Mark]) -> Vec<usize> {
    lanes
        .iter()
        .scan(0, |marks_so_far, lane| {
            *marks_so_far += lane_marks(lane, marks).count();
            Some(*marks_so_far)
        })
        .collect()
}

/// How many marks of each of the first lanes are buttons once the first `converted` marks, lane
/// by lane, are (`ends` as in [`Motion::convert`]): those lanes are rows of elements, the others
/// not yet.
fn buttons_per_lane(ends: &[usize], converted: usize) -> Vec<usize> {
    ends.iter()
        .scan(0, |start, &end| {
            let buttons = (*start < converted).then(|| end.min(converted) - *start);
            *start = end;
            buttons
        })
        .collect()
}

/// Keeps at most [`LANES_PER_RENDER`] more lanes than the last render drew, notes how many are
/// drawn now, and says whether some were left out.
fn grow_lanes(lanes: &mut Vec<Lane>, drawn: &mut usize) -> bool {
    let allowed = lanes.len().min(*drawn + LANES_PER_RENDER);
    let left_out = allowed < lanes.len();
    lanes.truncate(allowed);
    *drawn = allowed;
    left_out
}

/// What drawing the lanes needs besides the lanes and marks themselves.
struct Drawing<'a> {
    /// The run's executor, whose trace gives a mark's sentence when it becomes a button.
    executor: &'a Executor,
    /// The seq whose column is 0; the window's first event is shifted into view from there.
    anchor: u64,
    /// How many columns the window's first event is from the anchor.
    shift: u64,
    /// How many rows the grid takes: those of every lane to draw, drawn yet or not.
    rows: usize,
    selected: Option<u64>,
    /// The one mark reachable with Tab; arrow keys move between marks.
    focusable: Option<u64>,
    on_select: &'a Callback<u64>,
    /// How wide a column is drawn.
    zoom: Zoom,
}

impl Drawing<'_> {
    /// The lanes, one row per task, with the wake arrows drawn over them.
    fn grid(&self, lanes: &[Lane], marks: &[Mark], window: &RangeInclusive<u64>) -> Html {
        let rows = rows(lanes);
        let arrows = marks.iter().filter_map(|mark| self.wake_arrow(mark, &rows));
        html! {
            <div class="timeline-grid" style={self.grid_style(window)} onclick={clicked_mark(self.on_select.clone())}>
                <ul class="timeline-lanes">{ for lanes.iter().map(|lane| self.lane(lane, marks, &rows, usize::MAX)) }</ul>
                <div class="timeline-overlay">{ for arrows }</div>
            </div>
        }
    }

    /// The lanes' marks and wake arrows drawn on one canvas, while the window moves fast. A click
    /// on the canvas selects the event of the column it landed in. The lanes are the canvas's
    /// ruled background and their names one text, a line per row: such a run shows other tasks
    /// on every render, and a text node costs the browser far less to lay out and paint than a
    /// row of elements per lane. A lane's explanations come back with its row once it settles.
    /// The first lanes, with as many `buttons` each, are already the rows of elements that
    /// [`Drawing::grid`] draws (under the canvas, which draws the same marks): the names text
    /// starts below them.
    fn canvas_grid(
        &self,
        lanes: &[Lane],
        marks: &[Mark],
        window: &RangeInclusive<u64>,
        canvas: NodeRef,
        onclick: Callback<MouseEvent>,
        buttons: &[usize],
    ) -> Html {
        let rows = rows(lanes);
        let label = format!(
            "Events {}–{} drawn while the timeline moves; its marks become buttons when it stops",
            window.start(),
            window.end()
        );
        let (elements, named) = lanes.split_at(buttons.len());
        let mut text = String::new();
        for lane in named {
            text.push_str(lane.name().name.as_str());
            for _ in 0..lane.rows() {
                text.push('\n');
            }
        }
        html! {
            <div class="timeline-grid" style={self.grid_style(window)}>
                // First, so that the grid's lanes and overlay, which Yew pairs from the end, are
                // kept when the last lane has become an element.
                <div class="lane-names" style={format!("--row:{};", row_count(elements))} aria-hidden="true">{ text }</div>
                <ul class="timeline-lanes">{ for elements.iter().zip(buttons).map(|(lane, &buttons)| self.lane(lane, marks, &rows, buttons)) }</ul>
                <div class="timeline-overlay">
                    <canvas class="timeline-canvas" ref={canvas} role="img" aria-label={label} {onclick}></canvas>
                </div>
            </div>
        }
    }

    /// The grid's size in columns and rows, the same whether its marks are buttons or drawn: a
    /// change of the grid's custom properties restyles every element of the timeline, so
    /// switching between the two must not change them.
    fn grid_style(&self, window: &RangeInclusive<u64>) -> String {
        format!(
            "--columns:{};--rows:{};{}",
            window.clone().count(),
            self.rows,
            self.zoom.style()
        )
    }

    /// What the canvas draws: the marks and wake arrows of the drawn lanes, by column and row.
    fn picture(
        &self,
        lanes: &[Lane],
        marks: &[Mark],
        window: &RangeInclusive<u64>,
    ) -> canvas::Picture {
        // As tall as the grid, so that the bitmap keeps its size while lanes are added.
        let rows = rows(lanes);
        let row = |lane: usize| rows.get(&lane).and_then(|&row| u32::try_from(row).ok());
        let column = |seq: u64| u32::try_from(seq - window.start()).unwrap_or(u32::MAX);
        let glyphs = marks.iter().filter_map(|mark| {
            Some(canvas::Glyph {
                column: column(mark.seq),
                row: row(mark.lane)?,
                kind: mark.kind,
                caption: mark.caption,
                selected: self.selected == Some(mark.seq),
            })
        });
        let arrows = marks.iter().filter_map(|mark| {
            Some(canvas::Arrow {
                column: column(mark.seq),
                from: row(mark.woken_from?)?,
                to: row(mark.lane)?,
            })
        });
        canvas::Picture {
            zoom: self.zoom,
            columns: u32::try_from(window.clone().count()).unwrap_or(u32::MAX),
            rows: u32::try_from(self.rows).unwrap_or(u32::MAX),
            glyphs: glyphs.collect(),
            arrows: arrows.collect(),
        }
    }

    /// A lane is keyed by its row, not by its task: when a run has more tasks than lanes, the
    /// tasks drawn change as the window moves, and reusing the rows in place is cheaper than
    /// replacing them; and lanes added below the others leave those as they are (unkeyed, Yew
    /// pairs old and new children from the end).
    /// Its name is placed by its row (`--row`) outside the scroller, which does not move it:
    /// one sticky name per lane made the browser composite a layer per lane on every frame.
    fn lane(
        &self,
        lane: &Lane,
        marks: &[Mark],
        rows: &HashMap<usize, usize>,
        buttons: usize,
    ) -> Html {
        let own_marks = lane_marks(lane, marks).take(buttons);
        let row = rows.get(&lane.task.id.index()).copied().unwrap_or_default();
        html! {
            <key={row}>
            <li class={classes!("lane", lane.stuck.map(|_| "lane-stuck"), lane.aborted.as_ref().map(|_| "lane-panicked"), lane.blocked.as_ref().map(|_| "lane-blocked"),
                                lane.network.as_ref().map(|_| "lane-network-error"))}
                aria-label={format!("task {}", lane.name())}>
                <div class="lane-name" style={format!("--row:{row};")}>
                    { task_badge(lane.name()) }
                    if let Some(status) = lane.status() {
                        <span class="lane-stuck-reason">{ status }</span>
                    } else if lane.block_on.is_some() {
                        <span class="lane-also">{ format!("+ {}", lane.task.name.as_str()) }</span>
                    }
                </div>
                <div class="lane-track" style={self.track_shift()}>{ for own_marks.map(|mark| self.mark(mark)) }</div>
            </li>
            { for lane.notes().map(|note| html! { <li class="lane-note">{ note }</li> }) }
            </>
        }
    }

    /// A mark is keyed by its seq modulo [`WINDOW_EVENTS`], unique on a lane within one window:
    /// when the window moves by one event, the mark that leaves becomes the one that enters; when a
    /// fast run moves it by a whole window, every mark is reused instead of rebuilt.
    fn mark(&self, mark: &Mark) -> Html {
        let seq = mark.seq;
        let Look { class, letter, .. } = mark.kind.look();
        let selected = self.selected == Some(seq);
        let tabindex = if self.focusable == Some(seq) {
            "0"
        } else {
            "-1"
        };
        let label = self.label(seq);
        html! {
            <button key={seq % WINDOW_EVENTS} type="button" class={classes!("mark", class, selected.then_some("selected"))}
                style={format!("--column:{};", seq - self.anchor)} data-seq={seq.to_string()}
                data-caption={mark.caption.map(|caption| caption.to_string())}
                title={label.clone()} aria-label={label}
                aria-pressed={if selected { "true" } else { "false" }} {tabindex}>
                { letter }
            </button>
        }
    }

    /// The sentence of the event `seq`, a mark's title and accessible name: read from the trace
    /// only for the marks drawn as buttons.
    fn label(&self, seq: u64) -> String {
        let entry = usize::try_from(seq - 1)
            .ok()
            .and_then(|index| self.executor.trace().get(index));
        entry
            .map(|entry| format!("event {seq}: {}", entry.event))
            .unwrap_or_default()
    }

    /// Moves a lane's marks, placed from the anchor, so that the window's first event is in the
    /// first column: a transform on each track rather than a custom property on the grid, which
    /// every mark would inherit, so that following a run restyles the tracks and not every mark.
    fn track_shift(&self) -> String {
        format!(
            "transform:translateX(calc({} * var(--step) * -1));",
            self.shift
        )
    }

    /// A vertical arrow from the waking task's lane to the woken one's, when both are drawn.
    fn wake_arrow(&self, mark: &Mark, rows: &HashMap<usize, usize>) -> Option<Html> {
        let from = *rows.get(&mark.woken_from?)?;
        let to = *rows.get(&mark.lane)?;
        let direction = if from < to {
            "wake-arrow-down"
        } else {
            "wake-arrow-up"
        };
        let style = format!(
            "--column:{};--top-row:{};--rows:{};",
            mark.seq - self.anchor - self.shift,
            from.min(to),
            from.abs_diff(to)
        );
        Some(
            html! { <div class={classes!("wake-arrow", direction)} {style} aria-hidden="true"></div> },
        )
    }
}

/// How many rows the lanes take: one each, and one per explanation under a lane.
fn row_count(lanes: &[Lane]) -> usize {
    lanes.iter().map(Lane::rows).sum()
}

/// The row of each drawn lane, by task index: a lane's explanations take rows of their own under it.
fn rows(lanes: &[Lane]) -> HashMap<usize, usize> {
    lanes
        .iter()
        .scan(0, |row, lane| {
            let this = *row;
            *row += lane.rows();
            Some((lane.task.id.index(), this))
        })
        .collect()
}

/// After a far move, asks for the marks as buttons once the window has stood still for
/// [`SETTLE_MS`]: a later far move makes this request stale, so it is dropped (rendering the
/// timeline again, in a task of its own, only to draw the canvas again), and its own timer asks.
fn settle_after(
    motion: Rc<std::cell::RefCell<Motion>>,
    rerender: UseForceUpdateHandle,
    moving: bool,
) -> impl FnOnce(&u64) {
    move |&moves| {
        if moving {
            later(
                Duration::from_millis(SETTLE_MS),
                Box::new(move || {
                    let still = motion.borrow().moves == moves;
                    if still {
                        motion.borrow_mut().settled = moves;
                        rerender.force_update();
                    }
                }),
            );
        }
    }
}

/// Selects the event of the canvas column a click landed in, if that event has a drawn mark.
fn clicked_column(
    (first, zoom): (u64, Zoom),
    seqs: Vec<u64>,
    on_select: Callback<u64>,
    state: Rc<std::cell::RefCell<CanvasState>>,
) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        let x = f64::from(event.offset_x());
        let column = canvas::column_at(state.borrow().style.as_ref(), x, zoom);
        let seq = first + column.max(0.0) as u64;
        if seqs.binary_search(&seq).is_ok() {
            on_select.emit(seq);
        }
    })
}

/// One click listener for every mark: it selects the event of the mark the click landed in, read
/// from its `data-seq`, so that a render does not make a closure and a listener per mark.
fn clicked_mark(on_select: Callback<u64>) -> Callback<MouseEvent> {
    Callback::from(move |event: MouseEvent| {
        let target = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok());
        let mark = target.and_then(|target| target.closest(".mark").ok().flatten());
        if let Some(seq) = mark.and_then(|mark| mark.get_attribute("data-seq")?.parse().ok()) {
            on_select.emit(seq);
        }
    })
}

/// The elements the scrub reads and updates without a render: the lanes' scroller, the slider
/// and the sentence saying which events are in view.
#[derive(Clone, PartialEq)]
struct ScrubRefs {
    scroller: NodeRef,
    input: NodeRef,
    shown: NodeRef,
    /// The zoom the columns are drawn at.
    zoom: Zoom,
}

impl ScrubRefs {
    /// The events of `window` wholly in the scroller's view, by seq; `None` before layout.
    fn events_in_view(&self, window: &RangeInclusive<u64>) -> Option<RangeInclusive<u64>> {
        let scroller = self.scroller.cast::<Element>()?;
        let columns = u32::try_from(window.clone().count()).ok()?;
        let (first, end) = canvas::columns_in_view(&scroller, columns, self.zoom);
        let last = u64::from(end).checked_sub(1)?;
        Some((window.start() + u64::from(first))..=(window.start() + last))
    }

    /// Says which events are in view, and turns the slider on when they are not all of the
    /// run's `len`: the slider then moves the view over the whole run.
    fn show_in_view(&self, window: &RangeInclusive<u64>, len: u64) {
        let (Some(input), Some(shown)) = (
            self.input.cast::<HtmlInputElement>(),
            self.shown.cast::<Element>(),
        ) else {
            return;
        };
        let Some(in_view) = self.events_in_view(window).filter(|_| len > 0) else {
            return;
        };
        let (first, last) = (*in_view.start(), *in_view.end());
        let text = format!("events {first}–{last} of {len} in view");
        // The text node Yew made, changed in place so that Yew's next change still reaches it.
        if let Some(node) = shown.first_child() {
            node.set_node_value(Some(&text));
        }
        input.set_disabled(first <= 1 && last >= len);
        input.set_value(&last.to_string());
        _ = input.set_attribute("aria-valuetext", &text);
    }
}

/// The scrub control: a slider over the whole trace that moves the view so that the chosen event
/// is the last one in view (within the drawn window by scrolling the lanes, beyond it by moving
/// the window), a way back to following the newest events, and the zoom. The slider is off
/// while every event is in view.
fn scrub(
    len: u64,
    window: &RangeInclusive<u64>,
    pinned_end: UseStateHandle<Option<u64>>,
    refs: &ScrubRefs,
    zoom: UseStateHandle<Zoom>,
) -> Html {
    let (first, last) = (*window.start(), *window.end());
    // What a render knows: the window drawn. Once the timeline stands still, the events in
    // view replace it (`ScrubRefs::show_in_view`).
    let shown = if len == 0 {
        "no events".to_owned()
    } else {
        format!("events {}–{last} of {len}", first.min(last))
    };
    let following = pinned_end.is_none();
    let follow = {
        let pinned_end = pinned_end.clone();
        Callback::from(move |_: MouseEvent| pinned_end.set(None))
    };
    let oninput = {
        let (refs, window) = (refs.clone(), window.clone());
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let end = input.value().parse::<u64>().unwrap_or(len);
            let in_view = refs.events_in_view(&window);
            let shown_count = in_view.map_or(1, |in_view| in_view.count() as u64);
            let end = end.max(shown_count.min(len));
            let columns = u32::try_from(window.clone().count()).unwrap_or(u32::MAX);
            let within = end + 1 >= window.start() + shown_count && end <= *window.end();
            let target = if within {
                end - window.start() + 1
            } else {
                u64::from(columns)
            };
            if let Some(scroller) = refs.scroller.cast::<Element>() {
                canvas::scroll_to_end_at(
                    &scroller,
                    columns,
                    u32::try_from(target).unwrap_or(columns),
                    refs.zoom,
                );
            }
            if !within {
                pinned_end.set((end < len).then_some(end));
            }
            refs.show_in_view(&window, len);
        })
    };
    html! {
        <div class="timeline-scrub">
            <input type="range" aria-label="Scrub timeline" ref={refs.input.clone()}
                min="1" max={len.max(1).to_string()} disabled={len == 0} {oninput} />
            <span class="timeline-shown" ref={refs.shown.clone()}>{ shown }</span>
            if !following {
                <button type="button" class="timeline-follow" onclick={follow}>{ "Follow latest" }</button>
            }
            { zoom_buttons(zoom) }
        </div>
    }
}

/// Zoom out and in, and the level between them.
fn zoom_buttons(zoom: UseStateHandle<Zoom>) -> Html {
    let level = *zoom;
    let to = |target: Option<Zoom>| {
        let zoom = zoom.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(target) = target {
                zoom.set(target);
            }
        })
    };
    html! {
        <span class="timeline-zoom" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom out" title="Zoom out: more events in view"
                    disabled={level.zoomed_out().is_none()} onclick={to(level.zoomed_out())}>{ "−" }</button>
            <output aria-live="polite">{ format!("{}%", level.percent()) }</output>
            <button type="button" aria-label="Zoom in" title="Zoom in: wider columns"
                    disabled={level.zoomed_in().is_none()} onclick={to(level.zoomed_in())}>{ "+" }</button>
        </span>
    }
}

/// Arrow keys, Home and End move the selection between the window's marks.
fn arrow_keys(
    seqs: Vec<u64>,
    current: Option<u64>,
    on_select: Callback<u64>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |event: KeyboardEvent| {
        let position = current.and_then(|current| seqs.iter().position(|&seq| seq == current));
        let last = seqs.len().checked_sub(1);
        let target = match event.key().as_str() {
            "ArrowLeft" => position.map(|position| position.saturating_sub(1)).or(last),
            "ArrowRight" => position
                .map(|position| (position + 1).min(seqs.len() - 1))
                .or(last),
            "Home" => last.map(|_| 0),
            "End" => last,
            _ => return,
        };
        if let Some(&seq) = target.and_then(|index| seqs.get(index)) {
            event.prevent_default();
            on_select.emit(seq);
        }
    })
}

/// While the lanes are drawn, brings the scroller to a whole column whenever a scroll ends and
/// when the zoom changes, so that no mark is left half hidden beside the lane names.
fn align_scrolls(scroller: NodeRef) -> impl FnOnce(&(Zoom, bool)) -> Box<dyn FnOnce()> {
    move |&(zoom, empty)| {
        let listener = scroller
            .cast::<Element>()
            .filter(|_| !empty)
            .map(|scroller| {
                canvas::align_to_columns(&scroller, zoom);
                let target = scroller.clone();
                Listener::new(scroller.into(), "scrollend", move |_| {
                    canvas::align_to_columns(&target, zoom)
                })
            });
        Box::new(move || drop(listener))
    }
}

/// Moves keyboard focus to the selected mark, but only when focus is already on the timeline,
/// so that a running program never steals focus from the editor.
fn focus_selected(scroller: NodeRef) -> impl FnOnce(&Option<u64>) {
    move |selected| {
        let (Some(container), Some(seq)) = (scroller.cast::<HtmlElement>(), *selected) else {
            return;
        };
        let active = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.active_element());
        if !active.is_some_and(|active| container.contains(Some(&active))) {
            return;
        }
        let mark = container
            .query_selector(&format!("[data-seq=\"{seq}\"]"))
            .ok()
            .flatten();
        if let Some(mark) = mark.and_then(|mark| mark.dyn_into::<HtmlElement>().ok()) {
            // Focus fails only on a detached element, where there is nothing to move.
            let _ = mark.focus();
        }
    }
}
