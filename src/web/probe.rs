//! What answers at a WebSocket URL whose handshake failed. The browser reports a refused
//! connection and a server that would not do the WebSocket handshake alike (close code 1006, no
//! reason), so the transport asks the same host and port over HTTPS and plain HTTP with an
//! opaque `fetch` (`mode: "no-cors"`, whose answer cannot be read, only whether there was one).
//! It must never read or keep what a server sends, and never claim more than the two answers
//! show: when neither answers, nothing may be listening (a refused connection) or a server may
//! speak neither HTTP nor WebSocket (a TLS-only server whose certificate the browser does not
//! trust answers no probe), and the browser tells a page nothing more, so the sentence names
//! both.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the handshake with `url` failed, as far as the probe can tell, in a sentence; `None` for
/// a URL that is not `ws://` or `wss://`.
pub async fn handshake_failure(url: &str) -> Option<String> {
    let (secure, rest) = match url.split_once("://") {
        Some(("wss", rest)) => (true, rest),
        Some(("ws", rest)) => (false, rest),
        _ => return None,
    };
    let https = answers(&format!("https://{rest}")).await;
    let http = !https && answers(&format!("http://{rest}")).await;
    match (secure, https, http) {
        (false, true, _) => Some("a server there speaks TLS (HTTPS): use wss:// for it".to_owned()),
        (true, false, true) => {
            Some("a server there speaks plain HTTP, not TLS: use ws:// for it".to_owned())
        }
        (_, true, _) | (_, _, true) => Some(
            "a web server answered there, but it did not accept the WebSocket handshake: \
             it is not a WebSocket endpoint"
                .to_owned(),
        ),
        _ => Some(NEITHER_ANSWERED.to_owned()),
    }
}

/// What the probe says when nothing answered it over HTTP or HTTPS.
const NEITHER_ANSWERED: &str = "nothing answered there over HTTP or HTTPS: either the connection \
     was refused (nothing is listening), or the server speaks neither HTTP nor WebSocket (a \
     TLS-only server whose certificate the browser does not trust, say); the browser does not \
     tell a page which";

/// Whether anything answers an HTTP request to `url`: an opaque `fetch`, which resolves for any
/// response and rejects when no connection or no HTTP exchange could be made.
async fn answers(url: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let init = Object::new();
    // Setting a property on a fresh plain object cannot fail.
    _ = Reflect::set(&init, &"mode".into(), &"no-cors".into());
    _ = Reflect::set(&init, &"cache".into(), &"no-store".into());
    let fetch = Reflect::get(&window, &"fetch".into())
        .ok()
        .and_then(|fetch| fetch.dyn_into::<Function>().ok());
    let promise = fetch
        .and_then(|fetch| fetch.call2(&window, &JsValue::from_str(url), &init).ok())
        .and_then(|promise| promise.dyn_into::<Promise>().ok());
    match promise {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
