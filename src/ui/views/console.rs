//! The Console view: the program's output lines in order, each attributed to the task that
//! printed it (up to the selected event, when one is). It must never interpret output as
//! markup; lines are text nodes.

use yew::prelude::*;

use super::{at_event_note, task_badge, RunView};
use crate::executor::{Event, Executor};
use crate::session::pacing::tuning::MAX_CONSOLE_LINES;

/// The program's output.
#[function_component]
pub fn Console(props: &RunView) -> Html {
    let mut output = props.executor.output();
    if let Some(seq) = props.at_event {
        // The run replayed to the selected event went through the whole poll it belongs to:
        // the lines printed after the event in that poll are not shown yet.
        output.truncate(printed_through(&props.executor, seq));
    }
    let hidden = output.len().saturating_sub(MAX_CONSOLE_LINES);
    // Lines are keyed by their number, so that when the newest lines push the oldest out of the
    // window, Yew removes and appends rows instead of rewriting the text of every row.
    let lines = output.iter().enumerate().skip(hidden).map(|(number, line)| {
        let task = match &line.task {
            Some(task) => task_badge(task),
            None => html! { <span class="task-badge task-badge-none">{ "outside" }</span> },
        };
        html! {
            <li key={number} class="console-line">{ task }<span class="console-text">{ line.text.clone() }</span></li>
        }
    });
    html! {
        <section class="view console" aria-label="Console">
            <h3 class="view-title">{ "Console" }</h3>
            { at_event_note(props.at_event) }
            if hidden > 0 {
                <p class="view-note">{ format!("{hidden} earlier lines not shown.") }</p>
            }
            // The note of no output is inside the scroller, which keeps one height, so that a new
            // run moves no view below.
            <div class="view-scroll" tabindex="0" aria-label="Console output">
                <ol class="console-lines" aria-live="polite">{ for lines }</ol>
                if output.is_empty() {
                    <p class="view-empty">{ "No output yet." }</p>
                }
            </div>
        </section>
    }
}

/// How many lines the run printed up to and including event `seq`.
fn printed_through(executor: &Executor, seq: u64) -> usize {
    let trace = executor.trace();
    let through = usize::try_from(seq).unwrap_or(usize::MAX);
    let entries = trace.entries().take(through);
    entries
        .filter(|entry| matches!(entry.event, Event::Output { .. }))
        .count()
}
