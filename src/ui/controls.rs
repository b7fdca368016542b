//! The run controls: Run, Pause/Resume, Step, Step back, Reset, speed, policy and mode, each a
//! real form control with an accessible name. It only reports what was pressed; the playground's
//! reducer decides what that means.

use yew::prelude::*;

use crate::executor::Policy;
use std::ops::RangeInclusive;

use crate::session::availability::{Availability, PauseResume, StepBack};
use crate::session::settings::{
    mode_from_name, mode_name, policy_from_name, policy_name, slider_from_speed, speed_from_slider,
    Mode, Settings, QUANTUM_RANGE,
};
use crate::session::state::Action;

/// Properties of [`Controls`].
#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    /// The current settings.
    pub settings: Settings,
    /// Which controls would do something now; the others are disabled.
    pub availability: Availability,
    /// Receives every action.
    pub on_action: Callback<Action>,
}

/// The control bar beside the live views.
#[function_component]
pub fn Controls(props: &ControlsProps) -> Html {
    let send = |action: Action| {
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
    };
    let Availability {
        pause_resume,
        step,
        step_back,
    } = props.availability;
    let (pause_label, pause_action) = match pause_resume {
        PauseResume::Pause => ("Pause", Action::Pause),
        PauseResume::Resume | PauseResume::Nothing => ("Resume", Action::Resume),
    };
    let step_back_title = match step_back {
        StepBack::Live => "Step back is off: a run over a real network cannot be replayed",
        StepBack::Possible | StepBack::AtStart => "Step back one poll (←)",
    };
    html! {
        <div class="controls" role="toolbar" aria-label="Run controls">
            <button class="primary" onclick={send(Action::Run)} title="Run (Ctrl+Enter)">{ "Run" }</button>
            <button onclick={send(pause_action)} disabled={pause_resume == PauseResume::Nothing} title="Pause or resume (Space)">
                { pause_label }
            </button>
            <button onclick={send(Action::StepBack)} disabled={step_back != StepBack::Possible} title={step_back_title}>
                { "Step back" }
            </button>
            <button onclick={send(Action::Step)} disabled={!step} title="Step one poll (→); after the end, from the start">{ "Step" }</button>
            <button onclick={send(Action::Reset)} title="Restore the preset">{ "Reset" }</button>
            <ShortcutsHelp />
            { speed_control(props) }
            { choice("Executor policy", policy_name(props.settings.policy), &[("waker", "Waker-driven"), ("busy", "Busy-polling")],
                props.on_action.reform(|name: String| Action::SetPolicy(policy_from_name(&name).unwrap_or(Policy::WakerDriven)))) }
            { choice("Mode", mode_name(props.settings.mode), &[("async", "Async tasks"), ("threads", "Threads")],
                props.on_action.reform(|name: String| Action::SetMode(mode_from_name(&name).unwrap_or(Mode::Async)))) }
            if props.settings.mode == Mode::Threads {
                { number("Quantum (steps)", props.settings.quantum, QUANTUM_RANGE, props.on_action.reform(Action::SetQuantum)) }
            }
            // The seed also orders `select!`'s branches, so every mode shows it.
            { number("Seed", props.settings.seed, 0..=u32::MAX, props.on_action.reform(Action::SetSeed)) }
        </div>
    }
}

/// The keyboard shortcuts, in a popover that the browser opens, closes on Escape or a click
/// elsewhere, and announces: the button says what it opens.
#[function_component]
fn ShortcutsHelp() -> Html {
    const ID: &str = "keyboard-shortcuts";
    let shortcuts = [
        ("Ctrl+Enter", "Run (⌘+Enter on a Mac)"),
        ("Space", "Pause or resume, wherever focus is except in text"),
        ("→", "Step one poll"),
        ("←", "Step back one poll"),
    ];
    html! {
        <>
            <button type="button" class="shortcuts-button" popovertarget={ID}
                    aria-label="Keyboard shortcuts" title="Keyboard shortcuts">{ "⌨" }</button>
            <div id={ID} class="shortcuts" popover="auto" role="dialog" aria-label="Keyboard shortcuts">
                <h3>{ "Keyboard shortcuts" }</h3>
                <dl>
                    { for shortcuts.iter().map(|(keys, meaning)| html! {
                        <><dt><kbd>{ *keys }</kbd></dt><dd>{ *meaning }</dd></>
                    }) }
                </dl>
            </div>
        </>
    }
}

fn speed_control(props: &ControlsProps) -> Html {
    let on_input = props.on_action.reform(|event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        Action::SetSpeed(speed_from_slider(input.value_as_number()))
    });
    let speed = props.settings.polls_per_second;
    html! {
        <label class="speed">
            <span>{ "Speed" }</span>
            <input type="range" min="0" max="100" step="1" value={slider_from_speed(speed).to_string()}
                   aria-valuetext={format!("{speed} polls per second")} oninput={on_input} />
            <output>{ format!("{speed}/s") }</output>
        </label>
    }
}

fn choice(
    label: &'static str,
    current: &'static str,
    options: &[(&'static str, &'static str)],
    on_change: Callback<String>,
) -> Html {
    let on_change = on_change.reform(|event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        select.value()
    });
    html! {
        <label class="choice">
            <span>{ label }</span>
            <select onchange={on_change}>
                { for options.iter().map(|&(value, text)| html! {
                    <option {value} selected={value == current}>{ text }</option>
                }) }
            </select>
        </label>
    }
}

fn number(
    label: &'static str,
    value: u32,
    range: RangeInclusive<u32>,
    on_change: Callback<u32>,
) -> Html {
    let (low, high) = (*range.start(), *range.end());
    let on_change = on_change.reform(move |event: Event| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        (input.value_as_number() as u32).clamp(low, high)
    });
    html! {
        <label class="choice">
            <span>{ label }</span>
            <input type="number" min={low.to_string()} max={high.to_string()} value={value.to_string()} onchange={on_change} />
        </label>
    }
}
