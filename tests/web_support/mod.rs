//! What the browser tests share: the document, a fresh root element to mount into, waiting for
//! the page to stand still or for a condition, and reading text out of the DOM. Test helpers only; it never asserts anything itself.

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

/// How long a test waits for the page: far more than any view needs on a loaded machine, so
/// that a slow machine makes a test slower, never red.
pub const WAIT_LIMIT_MS: f64 = 10_000.0;

/// Waits until the page stands still: Yew renders in a later turn of the event loop, and some
/// views add to the page over several animation frames (the Timeline's lanes, the Tasks rows),
/// so a fixed sleep is too short on a loaded machine. Still means unchanged over two frames.
pub async fn settle() {
    let page = || document().body().map(|body| body.inner_html());
    let started = js_sys::Date::now();
    let mut still_frames = 0;
    while still_frames < 2 && js_sys::Date::now() - started < WAIT_LIMIT_MS {
        let before = page();
        next_animation_frame().await;
        yew::platform::time::sleep(Duration::from_millis(10)).await;
        still_frames = if page() == before {
            still_frames + 1
        } else {
            0
        };
    }
}

/// Resolves on the browser's next animation frame.
pub async fn next_animation_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        _ = web_sys::window()
            .expect("a window")
            .request_animation_frame(&resolve);
    });
    _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The text of every element under `root` matching `selector`, in document order.
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("a valid selector");
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

/// Waits an animation frame at a time until `ready` holds or [`WAIT_LIMIT_MS`] passed (a loaded
/// machine can take a while to render a lesson with its playground); the caller's assertions
/// then say what is missing if it never did.
pub async fn settle_until(mut ready: impl FnMut() -> bool) {
    let started = js_sys::Date::now();
    while !ready() && js_sys::Date::now() - started < WAIT_LIMIT_MS {
        next_animation_frame().await;
    }
}
