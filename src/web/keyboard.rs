//! Page-wide keyboard shortcuts: reports key presses that the focused element does not use
//! itself, so Space and the arrow keys drive a run wherever focus is (on a button too) without
//! stealing keys from the editor or a form field. It decides nothing about what a key means.

use wasm_bindgen::JsCast;
use web_sys::{Event, KeyboardEvent};

use super::listener::Listener;

/// A key press outside any text field, as the shortcuts need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPress {
    /// The `KeyboardEvent.key` value, such as `" "` or `"ArrowRight"`.
    pub key: String,
    /// Whether Ctrl or Cmd was held.
    pub command: bool,
}

/// Listens for key presses on the document until dropped.
pub struct ShortcutListener {
    _keydown: Option<Listener>,
}

impl ShortcutListener {
    /// Starts listening; when `on_key` returns `true` the key's default action is prevented.
    pub fn new(mut on_key: impl FnMut(KeyPress) -> bool + 'static) -> ShortcutListener {
        let document = web_sys::window().and_then(|window| window.document());
        let keydown = document.map(|document| {
            Listener::new(document.into(), "keydown", move |event: Event| {
                let event: KeyboardEvent = event.unchecked_into();
                let command = event.ctrl_key() || event.meta_key();
                if keeps_key(&event) && !command {
                    return;
                }
                if on_key(KeyPress {
                    key: event.key(),
                    command,
                }) {
                    event.prevent_default();
                }
            })
        });
        ShortcutListener { _keydown: keydown }
    }
}

/// Whether the focused element uses this key itself: text fields, selects and contenteditable
/// keep every key; a checkbox or radio button keeps Space (its only key to toggle), and a slider
/// or radio group keeps the arrows. A button does not keep Space, which would activate it
/// (pressing Run again restarts the run): Enter still does.
fn keeps_key(event: &KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    if element.has_attribute("contenteditable") {
        return true;
    }
    let input_type = element
        .get_attribute("type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let key = event.key();
    let arrow = key.starts_with("Arrow");
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => match input_type.as_str() {
            "checkbox" => key == " ",
            "radio" => key == " " || arrow,
            "range" => arrow,
            "button" | "submit" | "reset" => false,
            _ => true,
        },
        _ => false,
    }
}
