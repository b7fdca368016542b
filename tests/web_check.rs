//! Browser tests of checking as you type, run by `wasm-pack test --headless --chrome`: the
//! whole app on a lesson page, its program edited as a learner types. An error is marked in the
//! code and listed with rustc's code and message once typing pauses, without a Run; fixing it
//! removes the marker; a warning is underlined in a style of its own.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use async_playground::session::pacing::tuning::CHECK_DELAY_MS;
use async_playground::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlTextAreaElement};

mod web_support;
use web_support::{new_root, settle_until, texts};

wasm_bindgen_test_configure!(run_in_browser);

/// A program rustc rejects: E0308 on line 4.
const MISMATCH: &str = "use async_playground::prelude::*;\n\nfn main() {\n    let n: u32 = \"text\";\n    println!(\"{n}\");\n}\n";

/// The same program fixed.
const FIXED: &str = "use async_playground::prelude::*;\n\nfn main() {\n    let n: u32 = 7;\n    println!(\"{n}\");\n}\n";

/// A program that runs, with one warning: an unused future on line 6.
const UNUSED_FUTURE: &str =
    "use async_playground::prelude::*;\n\nasync fn hello() {}\n\nfn main() {\n    hello();\n}\n";

/// Opens a lesson's page in a fresh app, with its program shown.
async fn open_lesson() -> Element {
    let window = web_sys::window().expect("a window");
    window
        .location()
        .set_hash("#/lesson/lazy-futures")
        .expect("hash set");
    let root = new_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle_until(|| root.query_selector("textarea").ok().flatten().is_some()).await;
    root
}

fn program(root: &Element) -> HtmlTextAreaElement {
    root.query_selector("textarea")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into().ok())
        .expect("the program's textarea")
}

/// Replaces the program as typing would.
fn type_program(root: &Element, text: &str) {
    let textarea = program(root);
    textarea.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let input = Event::new_with_event_init_dict("input", &init).expect("an event");
    textarea.dispatch_event(&input).expect("dispatched");
}

/// The underlined text of the editor's highlighting, by underline class.
fn underlined(root: &Element, class: &str) -> String {
    texts(root, &format!("pre .{class}")).concat()
}

/// Lets the page run until `ready` holds, for at most the check's delay and five seconds of slack
/// for a loaded machine; the caller's assertions then say what is missing if it never did.
async fn within_debounce(mut ready: impl FnMut() -> bool) {
    let step = 20;
    let mut waited = 0;
    while !ready() && waited < CHECK_DELAY_MS + 5000 {
        yew::platform::time::sleep(Duration::from_millis(step)).await;
        waited += step;
    }
}

fn forget_drafts(root: Element) {
    root.remove();
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.clear();
    }
}

#[wasm_bindgen_test]
async fn an_error_is_marked_as_typing_pauses_and_goes_once_fixed_without_a_run() {
    let root = open_lesson().await;
    type_program(&root, MISMATCH);
    within_debounce(|| !texts(&root, ".editor-diagnostics .diagnostic-link").is_empty()).await;
    let listed = texts(&root, ".editor-diagnostics .diagnostic-link");
    assert_eq!(listed.len(), 1, "one diagnostic: {listed:?}");
    assert!(
        listed[0].starts_with("4:18: error[E0308]: mismatched types"),
        "rustc's code and message: {listed:?}"
    );
    assert_eq!(underlined(&root, "diagnostic-underline"), "\"text\"");
    assert_eq!(underlined(&root, "diagnostic-underline-warning"), "");
    assert_eq!(
        texts(&root, ".gutter-mark").len(),
        1,
        "line 4 is flagged in the gutter"
    );

    type_program(&root, FIXED);
    within_debounce(|| underlined(&root, "diagnostic-underline").is_empty()).await;
    assert_eq!(underlined(&root, "diagnostic-underline"), "");
    assert!(texts(&root, ".editor-diagnostics .diagnostic-link").is_empty());
    assert!(
        texts(&root, ".run-status p").is_empty(),
        "nothing ran: {:?}",
        texts(&root, ".run-status p")
    );
    forget_drafts(root);
}

#[wasm_bindgen_test]
async fn a_warning_is_underlined_in_its_own_style() {
    let root = open_lesson().await;
    type_program(&root, UNUSED_FUTURE);
    within_debounce(|| !underlined(&root, "diagnostic-underline").is_empty()).await;
    assert_eq!(
        underlined(&root, "diagnostic-underline-warning"),
        "hello()",
        "the unused future is underlined as a warning"
    );
    let listed = texts(&root, ".editor-diagnostics .diagnostic-warning");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].starts_with("6:5: warning: unused implementer of `Future`"));
    assert_eq!(
        underlined(&root, "diagnostic-underline"),
        "hello()",
        "only the warning is underlined"
    );
    forget_drafts(root);
}
