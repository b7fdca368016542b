//! The WebSocket lesson's network control: whether the client's `ws://` connection goes to a real WebSocket
//! server (at a URL the learner may change) or to the loopback stand-in, with a note on what a
//! real network changes (real time, no step back). It saves the choice; it never opens a
//! connection itself, the next Run does.

use yew::prelude::*;

use crate::session::lesson_features::network::{NetworkChoice, DEFAULT_ECHO_URL};
use crate::session::state::Action;
use crate::web::storage;
use crate::web::websocket::url_problem;

/// Where the choice is saved.
pub const STORAGE_KEY: &str = "network";

/// Properties of [`NetworkControl`].
#[derive(Properties, PartialEq)]
pub struct NetworkControlProps {
    /// The current choice.
    pub choice: NetworkChoice,
    /// Receives the new choice.
    pub on_action: Callback<Action>,
}

/// The choice of network, above the live views.
#[function_component]
pub fn NetworkControl(props: &NetworkControlProps) -> Html {
    let url = use_state(|| match &props.choice {
        NetworkChoice::Remote(url) => url.clone(),
        NetworkChoice::Loopback => DEFAULT_ECHO_URL.to_owned(),
    });
    use_effect_with(props.choice.clone(), |choice| {
        // A full or missing storage only costs the choice on reload; the page says so elsewhere.
        let _ = storage::save(STORAGE_KEY, &choice.to_saved());
    });
    let remote = matches!(props.choice, NetworkChoice::Remote(_));
    let choose = |choice: NetworkChoice| {
        props
            .on_action
            .reform(move |_: Event| Action::SetNetwork(choice.clone()))
    };
    let on_url = {
        let (url, on_action) = (url.clone(), props.on_action.clone());
        Callback::from(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            url.set(input.value());
            on_action.emit(Action::SetNetwork(NetworkChoice::Remote(input.value())));
        })
    };
    let problem = remote.then(|| url_problem(&url)).flatten();
    html! {
        <fieldset class="network-choice">
            <legend>{ "Where the client connects" }</legend>
            <label>
                <input type="radio" name="network" checked={remote}
                       onchange={choose(NetworkChoice::Remote((*url).clone()))} />
                { " Real WebSocket server" }
            </label>
            <label class="url-field">
                { "Server URL " }
                <input type="url" value={(*url).clone()} disabled={!remote} oninput={on_url}
                       aria-invalid={problem.is_some().to_string()} spellcheck="false" />
            </label>
            <label>
                <input type="radio" name="network" checked={!remote} onchange={choose(NetworkChoice::Loopback)} />
                { " Loopback stand-in (in memory)" }
            </label>
            if let Some(problem) = problem {
                <p class="status-error" role="alert">{ format!("This URL will not connect: {problem}.") }</p>
            }
            <p class="network-note">
                if remote {
                    { "Run opens a real connection: its events arrive in real time, between animation frames, \
                       and virtual time stands still while a task waits for them. Step back is off, because a \
                       real server cannot be replayed; click the Timeline's events to look back over what was \
                       recorded. Run again to reconnect." }
                } else {
                    { "The program's stand-in echo task answers on the in-memory loopback: deterministic, \
                       and Step back replays it exactly." }
                }
            </p>
        </fieldset>
    }
}
