//! The page URL's fragment, which names the current lesson: reading it, and being told when it
//! changes (links, back and forward). It never decides what a fragment means; `lesson::route` does.

use super::listener::Listener;

/// The current URL fragment, including its `#`, or an empty string.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Calls a function on every `hashchange` until the returned value is dropped.
pub struct FragmentListener {
    _hashchange: Option<Listener>,
}

impl FragmentListener {
    /// Starts listening; `on_change` receives the new fragment. Without a window there are no
    /// live updates; the page still shows the current lesson.
    pub fn new(mut on_change: impl FnMut(String) + 'static) -> FragmentListener {
        let window = web_sys::window();
        FragmentListener {
            _hashchange: window.map(|window| {
                Listener::new(window.into(), "hashchange", move |_| on_change(fragment()))
            }),
        }
    }
}

/// Sets the document's title, which browsers show in tabs and history.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// Replaces the URL fragment without adding a history entry (a share link for what is on screen).
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// The page's full address.
pub fn href() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

/// Scrolls the page back to its top, as following a link to another page does.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
