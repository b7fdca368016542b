//! What the browser tests share: the document, a fresh root element to mount into, letting Yew
//! render, and reading text out of the DOM. Test helpers only; it never asserts anything itself.

// Each test crate uses its own subset of these helpers.
#![allow(dead_code)]

use std::time::Duration;

use web_sys::{Document, Element};

/// The test page's document.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

/// A new, empty element appended to the body, for one test to mount into.
pub fn new_root() -> Element {
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    root
}

/// Lets Yew's scheduler and the browser's event loop run.
pub async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

/// The text of every element under `root` matching `selector`, in document order.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("a valid selector");
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

/// Lets the page run until `ready` holds, for at most three seconds (a loaded machine can take
/// a while to render a lesson with its playground); the caller's assertions then say what is
/// missing if it never did.
pub async fn settle_until(mut ready: impl FnMut() -> bool) {
    for _ in 0..150 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
}
