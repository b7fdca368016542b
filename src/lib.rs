//! The Async Rust Playground as a library: the platform-free core that every target shares (the
//! executor, the network beside it as its driver, the lessons, the interpreter, the prelude
//! lesson programs import, and a learner's session), and, on wasm32 only, the browser layers
//! (`web`, `ui`). Each module depends only on the layers below it (ARCHITECTURE.md lists them;
//! `tests/layers.rs` checks them). Nothing here may touch the browser outside `web` and `ui`.

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
