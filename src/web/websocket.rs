//! The WebSocket transport: remote connections of the executor's network (see `net::remote`)
//! carried by the browser's `WebSocket`. Its open, message and close events only queue a
//! `RemoteEvent`; the executor handles the queue at its next tick, where the tasks parked on the
//! socket are woken. It must never wake a task or touch the executor from a browser callback,
//! and never panic on anything the network or the URL field can produce.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{ArrayBuffer, JsString, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BinaryType, CloseEvent, Event, MessageEvent, WebSocket};

use super::probe::handshake_failure;
use crate::net::{OpenError, RemoteEnd, RemoteEvent, RemoteEvents, RemoteLink, Transport};

/// The close code of a connection lost without a close frame, which is also how the browser
/// reports a handshake that failed.
const ABNORMAL_CLOSURE: u16 = 1006;

/// Dials every remote address of a program at one URL: the one in the lesson's URL field.
pub struct WebSocketTransport {
    url: String,
}

impl WebSocketTransport {
    /// A transport whose connections go to `url`.
    pub fn new(url: &str) -> WebSocketTransport {
        WebSocketTransport {
            url: url.trim().to_owned(),
        }
    }
}

/// Why `url` cannot be dialled, or `None` when it looks like a WebSocket URL. The browser has
/// the last word: it rejects what it cannot parse when the socket is created.
pub fn url_problem(url: &str) -> Option<String> {
    let url = url.trim();
    let rest = url
        .strip_prefix("ws://")
        .or_else(|| url.strip_prefix("wss://"));
    match rest {
        None => Some("a WebSocket URL starts with ws:// or wss://".to_owned()),
        Some(rest) if rest.is_empty() || rest.starts_with('/') => {
            Some("the URL names no host".to_owned())
        }
        Some(rest) if rest.contains(char::is_whitespace) => {
            Some("a URL cannot contain spaces".to_owned())
        }
        Some(_) => None,
    }
}

/// The transport for a run whose connections go to `url`: what the playground dials with.
pub fn dial(url: &str) -> Rc<dyn Transport> {
    Rc::new(WebSocketTransport::new(url))
}

impl Transport for WebSocketTransport {
    fn open(&self, _addr: &str) -> Result<RemoteLink, OpenError> {
        let refuse = |reason| OpenError {
            url: self.url.clone(),
            reason,
        };
        if let Some(problem) = url_problem(&self.url) {
            return Err(refuse(problem));
        }
        let socket = WebSocket::new(&self.url).map_err(|error| refuse(js_message(&error)))?;
        socket.set_binary_type(BinaryType::Arraybuffer);
        let events = RemoteEvents::default();
        let handlers = Handlers::attach(&socket, &events, &self.url);
        Ok(RemoteLink {
            url: self.url.clone(),
            end: Box::new(BrowserSocket {
                socket,
                _handlers: handlers,
            }),
            events,
        })
    }
}

/// The callbacks the socket calls; they must live as long as the socket may call them.
struct Handlers {
    _open: Closure<dyn FnMut(Event)>,
    _message: Closure<dyn FnMut(MessageEvent)>,
    _close: Closure<dyn FnMut(CloseEvent)>,
}

impl Handlers {
    fn attach(socket: &WebSocket, events: &RemoteEvents, url: &str) -> Handlers {
        let queue = |events: &RemoteEvents| {
            let events = Rc::clone(events);
            move |event: RemoteEvent| events.borrow_mut().push_back(event)
        };
        let opened = Rc::new(Cell::new(false));
        let push = queue(events);
        let was_opened = Rc::clone(&opened);
        let open = Closure::<dyn FnMut(Event)>::new(move |_| {
            was_opened.set(true);
            push(RemoteEvent::Opened);
        });
        let push = queue(events);
        let message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            push(RemoteEvent::Message(message_bytes(&event.data())));
        });
        let push = Rc::new(queue(events));
        let url = url.to_owned();
        let close = Closure::<dyn FnMut(CloseEvent)>::new(move |event: CloseEvent| {
            let (code, reason) = (event.code(), event.reason());
            if opened.get() || code != ABNORMAL_CLOSURE {
                push(RemoteEvent::Closed { code, reason });
                return;
            }
            // The handshake failed: the close waits for the probe, which says what it found
            // answering there.
            let (push, url) = (Rc::clone(&push), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let reason = handshake_failure(&url).await.unwrap_or_default();
                push(RemoteEvent::Closed { code, reason });
            });
        });
        socket.set_onopen(Some(open.as_ref().unchecked_ref()));
        socket.set_onmessage(Some(message.as_ref().unchecked_ref()));
        socket.set_onclose(Some(close.as_ref().unchecked_ref()));
        Handlers {
            _open: open,
            _message: message,
            _close: close,
        }
    }
}

/// A text frame's UTF-8 bytes, or a binary frame's bytes.
fn message_bytes(data: &JsValue) -> Vec<u8> {
    if let Some(text) = data.dyn_ref::<JsString>() {
        return String::from(text).into_bytes();
    }
    match data.dyn_ref::<ArrayBuffer>() {
        Some(buffer) => Uint8Array::new(buffer).to_vec(),
        None => Vec::new(),
    }
}

/// A JavaScript exception's message, such as the browser's reason for rejecting a URL.
fn js_message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .unwrap_or_else(|| "the browser refused to open it".to_owned())
}

/// One browser WebSocket, as the network's sending half of a remote connection.
struct BrowserSocket {
    socket: WebSocket,
    _handlers: Handlers,
}

impl RemoteEnd for BrowserSocket {
    /// Sends valid UTF-8 as a text frame (what the lessons' strings are) and anything else as a
    /// binary frame.
    fn send(&self, message: &[u8]) -> Result<(), String> {
        let sent = match std::str::from_utf8(message) {
            Ok(text) => self.socket.send_with_str(text),
            Err(_) => self.socket.send_with_u8_array(message),
        };
        sent.map_err(|error| js_message(&error))
    }

    fn close(&self) {
        // Closing a socket that is already closing does nothing, so the result says nothing.
        let _ = self.socket.close();
    }
}

impl Drop for BrowserSocket {
    /// A run that is discarded (Run again, Reset, another lesson) closes its connection and
    /// stops listening, so no callback outlives the closures it would call.
    fn drop(&mut self) {
        self.socket.set_onopen(None);
        self.socket.set_onmessage(None);
        self.socket.set_onclose(None);
        let _ = self.socket.close();
    }
}
