//! Copying text to the clipboard (`navigator.clipboard.writeText`). The browser may refuse (no
//! permission, an insecure page, no clipboard at all); the caller is told either way, so the page
//! can confirm the copy or say where else to find the text. It never reads the clipboard.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`, then calls `done` with whether the browser accepted it.
pub fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = clipboard() else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let copied = JsFuture::from(clipboard.write_text(&text)).await.is_ok();
        done(copied);
    });
}

/// The page's clipboard, if the browser offers one here (only secure pages have it).
fn clipboard() -> Option<web_sys::Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    (!clipboard.is_undefined() && !clipboard.is_null())
        .then(|| wasm_bindgen::JsCast::unchecked_into(clipboard))
}
