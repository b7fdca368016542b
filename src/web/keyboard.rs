//! Page-wide keyboard shortcuts: reports key presses that are not typing into a form field, so
//! Space and the arrow keys can drive a run without stealing keys from the editor. It decides
//! nothing about what a key means.

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
                if is_typing(&event) && !command {
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

/// Whether the key goes into a text field, select or button, which keep their own keys.
fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    matches!(
        element.tag_name().as_str(),
        "TEXTAREA" | "INPUT" | "SELECT" | "BUTTON"
    ) || element.has_attribute("contenteditable")
}
