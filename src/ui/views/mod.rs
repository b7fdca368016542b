//! The live views of a running program (Timeline, Tasks, Network, Console, Narration and the
//! policy comparison) and what they share. They only read the executor; they must never drive
//! it, change it or keep a copy of its trace.

mod console;
mod narration;
mod network;
mod policy_counters;
mod tasks;
mod timeline;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

pub use self::console::Console;
pub use self::narration::{Narration, NarrationProps};
pub use self::network::Network;
pub use self::policy_counters::{PolicyCounters, PolicyCountersProps};
pub use self::tasks::Tasks;
pub use self::timeline::{warm_canvas_fonts, Timeline, TimelineProps};
use crate::executor::{Executor, ParkedTask, StallDiagnosis, Stats, TaskLabel};
pub use crate::session::pacing::tuning::WINDOW_EVENTS;
use crate::web::frame_driver::{after_next_frame, FrameDriver};

/// What every live view renders: the executor, its counters, and a version the container bumps
/// after each frame or step so that views re-render although the executor is the same object.
#[derive(Properties, Clone)]
pub struct RunView {
    /// The executor whose run is shown.
    pub executor: Rc<Executor>,
    /// Changes whenever the executor has moved on.
    pub version: u64,
    /// The executor's counters at this version, taken once for every view that shows them.
    pub stats: Rc<Stats>,
    /// The selected event, when the executor is the run replayed up to it rather than the run
    /// as it stands now: the view says so.
    #[prop_or_default]
    pub at_event: Option<u64>,
}

impl RunView {
    /// The executor as it stands now, at `version`.
    pub fn new(executor: Rc<Executor>, version: u64) -> RunView {
        let stats = Rc::new(executor.stats());
        RunView {
            executor,
            version,
            stats,
            at_event: None,
        }
    }

    /// `executor`, a run replayed up to its selected event `seq`, at `version`.
    pub fn at_event(executor: Rc<Executor>, version: u64, seq: u64) -> RunView {
        RunView {
            at_event: Some(seq),
            ..RunView::new(executor, version)
        }
    }
}

impl PartialEq for RunView {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.executor, &other.executor) && self.version == other.version
    }
}

/// Why tasks can no longer run, by task index, as the executor's diagnostics prove it. The
/// reason is short ("lost waker", "deadlock") so that a lane or a table cell can show it. The
/// first diagnosis of a task is kept: a lost waker explains the deadlock that follows it.
fn stuck_reasons(diagnostics: &[StallDiagnosis]) -> HashMap<usize, &'static str> {
    let mut reasons = HashMap::new();
    for (reason, tasks) in diagnostics.iter().map(stuck_tasks) {
        tasks
            .into_iter()
            .for_each(|task| _ = reasons.entry(task.id.index()).or_insert(reason));
    }
    reasons
}

/// The short reason one diagnostic gives, and the tasks it is about.
fn stuck_tasks(diagnostic: &StallDiagnosis) -> (&'static str, Vec<&TaskLabel>) {
    fn labels(parked: &[ParkedTask]) -> Vec<&TaskLabel> {
        parked.iter().map(|parked| &parked.task).collect()
    }
    match diagnostic {
        StallDiagnosis::LostWaker { task } => ("lost waker", vec![task]),
        StallDiagnosis::Deadlock { parked } => ("deadlock", labels(parked)),
        StallDiagnosis::FruitlessPolling { parked, .. } => ("no progress", labels(parked)),
    }
}

/// For a view (or the views) with more to show than one frame should draw: while `wanted`, keeps
/// a render asked for in a task of its own once the next animation frame has begun, so that the
/// render and the style, layout and paint of what it changed fall in two main-thread tasks, not
/// one; once not wanted, drops the request (which cancels it if that frame has not begun).
pub fn render_again_while(
    next_frame: &mut Option<FrameDriver>,
    wanted: bool,
    rerender: UseForceUpdateHandle,
) {
    if !wanted {
        *next_frame = None;
    } else if !next_frame.as_ref().is_some_and(FrameDriver::is_running) {
        *next_frame = Some(after_next_frame(Box::new(move || rerender.force_update())));
    }
}

/// The line a view shows while it shows the run at a selected event rather than now.
fn at_event_note(at_event: Option<u64>) -> Html {
    match at_event {
        Some(seq) => html! {
            <p class="view-note at-event">{ format!("As it stood at event {seq}, the one selected.") }</p>
        },
        None => html! {},
    }
}

/// A task's name as a badge, the same in every view.
fn task_badge(task: &TaskLabel) -> Html {
    html! { <span class="task-badge">{ task.name.as_str() }</span> }
}

/// A table's header row, one column heading per title.
fn column_headings(titles: &[&'static str]) -> Html {
    html! {
        <thead>
            <tr>{ for titles.iter().map(|title| html! { <th scope="col">{ *title }</th> }) }</tr>
        </thead>
    }
}
