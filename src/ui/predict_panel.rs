//! "Predict, then run": the learner puts the lines a program prints in the order they expect,
//! checks, and reads why the run differs, beside the run itself. It only renders the session's
//! prediction and sends actions; the lines, the check and the explanation are
//! `session::lesson_features::predict`'s.

use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::session::lesson_features::predict::{Prediction, Record, Verdict};
use crate::session::state::Action;

/// The question asked of code that is no lesson's preset (a shared draft).
const GENERIC_QUESTION: &str = "In what order will this program print its lines?";

/// Properties of [`PredictPanel`].
#[derive(Properties, PartialEq)]
pub struct PredictPanelProps {
    /// The prediction under way, or why the code has none; `None` before one is asked for.
    pub prediction: Option<Result<Prediction, String>>,
    /// The lesson's own question for the code shown, if it words one.
    #[prop_or_default]
    pub question: Option<&'static str>,
    /// The learner's checked predictions in this lesson.
    pub record: Record,
    /// Receives the learner's actions.
    pub on_action: Callback<Action>,
}

/// The prediction panel of the playground.
#[function_component]
pub fn PredictPanel(props: &PredictPanelProps) -> Html {
    let on_action = &props.on_action;
    let question = props.question.unwrap_or(GENERIC_QUESTION);
    let verdict_ref = use_node_ref();
    let verdict = props
        .prediction
        .as_ref()
        .and_then(|prediction| prediction.as_ref().ok())
        .and_then(|prediction| prediction.verdict.clone());
    // The panel sits low in the workbench, under the editor and the run controls: a new verdict
    // is brought into view, with as little scrolling as that takes, so the learner reads it
    // without scrolling to it.
    use_effect_with((verdict, verdict_ref.clone()), |(verdict, verdict_ref)| {
        if verdict.is_some() {
            if let Some(element) = verdict_ref.cast::<web_sys::Element>() {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Nearest);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
    let body = match &props.prediction {
        None => html! {
            <>
                <p>{ question }{ " Predict first: the playground then runs the program and checks." }</p>
                <button onclick={on_action.reform(|_| Action::Predict)}>{ "Predict, then run" }</button>
            </>
        },
        Some(Err(reason)) => html! {
            <>
                <p>{ reason.clone() }</p>
                <button onclick={on_action.reform(|_| Action::ClosePrediction)}>{ "Close" }</button>
            </>
        },
        Some(Ok(prediction)) => ordering(prediction, question, on_action, &verdict_ref),
    };
    html! {
        <section class="predict" aria-label="Predict, then run">
            <h3 class="view-title">{ "Predict, then run" }</h3>
            { body }
            <p class="predict-record">{ props.record.summary() }</p>
        </section>
    }
}

/// The lines to order, the check, and the verdict once checked.
fn ordering(
    prediction: &Prediction,
    question: &str,
    on_action: &Callback<Action>,
    verdict_ref: &NodeRef,
) -> Html {
    let last = prediction.order.len().saturating_sub(1);
    let lines = prediction.ordered().enumerate().map(|(position, line)| {
        let text = line.text.clone();
        html! {
            <li>
                <span class="predict-text">{ text.clone() }</span>
                <button class="predict-move" aria-label={format!("Move “{text}” up")} disabled={position == 0}
                        onclick={on_action.reform(move |_| Action::MovePredictedLineUp(position))}>{ "↑" }</button>
                <button class="predict-move" aria-label={format!("Move “{text}” down")} disabled={position == last}
                        onclick={on_action.reform(move |_| Action::MovePredictedLineUp(position + 1))}>{ "↓" }</button>
            </li>
        }
    });
    html! {
        <>
            <p>{ question }{ " Put the lines in that order with the arrows, then check." }</p>
            <ol class="predict-lines" aria-label="Your predicted order">{ for lines }</ol>
            <button onclick={on_action.reform(|_| Action::CheckPrediction)}>{ "Check and run" }</button>
            <button onclick={on_action.reform(|_| Action::ClosePrediction)}>{ "Close" }</button>
            { for prediction.verdict.as_ref().map(|verdict| verdict_view(verdict, prediction, on_action, verdict_ref)) }
        </>
    }
}

/// What the check found: right, or the first difference explained, the run's order, and a way to
/// select the event the explanation is about.
fn verdict_view(
    verdict: &Verdict,
    prediction: &Prediction,
    on_action: &Callback<Action>,
    verdict_ref: &NodeRef,
) -> Html {
    let class = if verdict.right {
        "predict-verdict predict-right"
    } else {
        "predict-verdict predict-wrong"
    };
    html! {
        <div class={class} role="status" ref={verdict_ref.clone()}>
            { for verdict.explanation.iter().map(|sentence| html! { <p>{ sentence.clone() }</p> }) }
            if let Some(seq) = verdict.event {
                <button onclick={on_action.reform(move |_| Action::SelectEvent(seq))}>
                    { format!("Show event {seq} in the views") }
                </button>
            }
            if !verdict.right {
                <p>{ "The run printed:" }</p>
                <ol class="predict-actual" aria-label="The run's order">
                    { for prediction.printed.iter().map(|line| html! { <li>{ line.text.clone() }</li> }) }
                </ol>
            }
        </div>
    }
}
