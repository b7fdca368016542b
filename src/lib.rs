//! The Async Rust Playground as a library: the platform-free core (executor, loopback network,
//! lessons) that every target shares, and, on wasm32 only, the browser layers (web, ui).
//! Nothing here may touch the browser outside `web` and `ui`.

pub mod executor;
pub mod lesson;
pub mod net;
pub mod prelude;
pub mod script;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
