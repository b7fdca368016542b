//! The Narration view, which is also the screen-reader view: the selected (or newest) event as a
//! sentence, announced politely, and the events leading up to it, each a button that selects it.
//! It must never read more of the trace than the sentences it shows.

use yew::prelude::*;

use super::RunView;
use crate::executor::{Trace, TraceEntry};
use crate::session::pacing::tuning::NARRATED_EVENTS;

/// Properties of [`Narration`].
#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    /// The run to narrate.
    pub run: RunView,
    /// The selected event's seq; without one, the newest event is narrated.
    #[prop_or_default]
    pub selected: Option<u64>,
    /// Called with an event's seq when the learner picks its sentence.
    #[prop_or_default]
    pub on_select: Callback<u64>,
}

/// The run told in sentences.
#[function_component]
pub fn Narration(props: &NarrationProps) -> Html {
    let trace = props.run.executor.trace();
    let len = trace.len() as u64;
    let focus = props
        .selected
        .filter(|seq| (1..=len).contains(seq))
        .unwrap_or(len);
    let current = entry(&trace, focus).map_or_else(
        || "Nothing has happened yet.".to_owned(),
        |entry| sentence(&entry),
    );
    let first = focus.saturating_sub(NARRATED_EVENTS) + 1;
    let recent = (first..=focus)
        .filter_map(|seq| entry(&trace, seq))
        .map(|entry| {
            let (seq, is_focus) = (entry.seq, entry.seq == focus);
            html! {
                <li class={classes!("narration-event", is_focus.then_some("selected"))}>
                    <button type="button" aria-current={is_focus.then_some("true")}
                            onclick={props.on_select.reform(move |_| seq)}>
                        { sentence(&entry) }
                    </button>
                </li>
            }
        });
    html! {
        <section class="view narration" aria-label="Narration">
            <h3 class="view-title">{ "Narration" }</h3>
            <p class="narration-current" aria-live="polite">{ current }</p>
            <div class="view-scroll" tabindex="0" aria-label="Recent events">
                <ol class="narration-recent">{ for recent }</ol>
            </div>
        </section>
    }
}

/// The entry with sequence number `seq`, if it was recorded.
fn entry(trace: &Trace, seq: u64) -> Option<TraceEntry> {
    trace.get(usize::try_from(seq.checked_sub(1)?).ok()?)
}

/// An event as the narration says it: its number, its virtual time and its sentence.
fn sentence(entry: &TraceEntry) -> String {
    format!("{} · {} ms · {}", entry.seq, entry.time_ms, entry.event)
}
