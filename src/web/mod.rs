//! The only layer that touches the browser: the page's URL, the animation-frame driver, timers,
//! event listeners, the WebSocket transport (and its probe of a failed handshake), storage, the clipboard and file downloads. It holds no lesson or executor
//! logic of its own and never reaches up into the session or the UI; it adapts browser APIs to
//! the core's plain Rust types.

pub mod clipboard;
pub mod download;
pub mod frame_driver;
pub mod keyboard;
pub mod later;
pub mod listener;
pub mod location;
pub mod probe;
pub mod storage;
pub mod websocket;
