//! The Tasks view: a table of every task with its state (ready, parked, finished or proven
//! stuck) and its poll and wake counters, with a totals row. It must never compute counters of
//! its own; it shows the executor's.

use yew::prelude::*;

use super::{
    at_event_note, column_headings, render_again_while, stuck_reasons, task_badge, RunView,
};
use crate::executor::{AbortCause, TaskSnapshot, TaskState, TaskStats};
use crate::session::pacing::tuning::{MAX_TASK_ROWS, TASK_ROWS_PER_RENDER};
use crate::web::frame_driver::FrameDriver;

/// The table of tasks and their counters.
#[function_component]
pub fn Tasks(props: &RunView) -> Html {
    let stats = &props.stats;
    let stuck = stuck_reasons(&props.executor.diagnoses());
    let aborted = props.executor.aborted();
    // How many rows the last render drew (this one adds at most `TASK_ROWS_PER_RENDER`), and the
    // frame asked for to draw more.
    let drawn = use_mut_ref(|| 0_usize);
    let more_rows = use_mut_ref(|| None::<FrameDriver>);
    let force_update = use_force_update();
    let wanted = stats.per_task.len().min(MAX_TASK_ROWS);
    let shown = wanted.min(*drawn.borrow() + TASK_ROWS_PER_RENDER);
    *drawn.borrow_mut() = shown;
    use_effect(move || {
        render_again_while(&mut more_rows.borrow_mut(), shown < wanted, force_update);
    });
    let rows = stats.per_task.iter().take(shown).map(|task| {
        let ended = aborted
            .as_ref()
            .filter(|(ended, _)| ended.id == task.task.id);
        let state = match (ended, stuck.get(&task.task.id.index())) {
            (Some((_, cause)), _) => abort_text(cause),
            (None, Some(reason)) if task.state != TaskState::Finished => {
                format!("Stuck: {reason}")
            }
            _ => state_text(task),
        };
        let troubled = ended.is_some() || state.starts_with("Stuck");
        html! {
            <tr key={task.task.id.index()} class={classes!(troubled.then_some("task-stuck"))}>
                <th scope="row">{ task_badge(&task.task) }</th>
                <td class="task-state">{ state }</td>
                { counters(&task.stats) }
            </tr>
        }
    });
    let hidden = stats.per_task.len().saturating_sub(MAX_TASK_ROWS);
    html! {
        <section class="view tasks" aria-label="Tasks">
            { at_event_note(props.at_event) }
            <div class="table-scroll">
                <table class="tasks-table">
                    <caption>{ "Tasks" }</caption>
                    { column_headings(&["Task", "State", "Polls", "Wasted polls", "Wakes", "Self-wakes"]) }
                    <tbody>{ for rows }</tbody>
                    <tfoot>
                        <tr>
                            <th scope="row">{ "Total" }</th>
                            <td>{ tasks_count(stats.per_task.len(), hidden) }</td>
                            { counters(&stats.total) }
                        </tr>
                    </tfoot>
                </table>
            </div>
        </section>
    }
}

/// Where a task stands, in words.
fn state_text(task: &TaskSnapshot) -> String {
    match task.state {
        TaskState::Ready => "Ready".to_owned(),
        TaskState::Parked {
            resource: Some(resource),
        } => format!("Parked on {resource}"),
        TaskState::Parked { resource: None } => "Parked, waiting for a wake".to_owned(),
        TaskState::Finished => "Finished".to_owned(),
    }
}

/// How a task that ended the program ended it, in words.
fn abort_text(cause: &AbortCause) -> String {
    match cause {
        AbortCause::Panic(message) => format!("Panicked: {message}"),
        AbortCause::Limit(message) => format!("Stopped by a playground limit: {message}"),
    }
}

/// The number of tasks, and how many rows were left out.
fn tasks_count(tasks: usize, hidden: usize) -> String {
    let noun = if tasks == 1 { "task" } else { "tasks" };
    match hidden {
        0 => format!("{tasks} {noun}"),
        hidden => format!("{tasks} {noun} ({hidden} not listed)"),
    }
}

/// The four counter cells of a row.
fn counters(stats: &TaskStats) -> Html {
    html! {
        <>
            <td class="count">{ stats.polls }</td>
            <td class="count">{ stats.wasted_polls }</td>
            <td class="count">{ stats.wakes }</td>
            <td class="count">{ stats.self_wakes }</td>
        </>
    }
}
