//! Runs a callback from a task of its own, after a delay: once the browser has finished the task
//! (and the frame) under way. Every caller shares one closure type, so that a use adds no code of
//! its own to the bundle.

use std::time::Duration;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `callback` from a task of its own (a `setTimeout`), `delay` from now; with no delay, as
/// soon as the browser has finished the task under way.
pub fn later(delay: Duration, callback: Box<dyn FnOnce()>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(callback);
    let delay_ms = i32::try_from(delay.as_millis()).unwrap_or(i32::MAX);
    // Only a non-function argument makes setTimeout fail, and this is a function.
    _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), delay_ms);
}
