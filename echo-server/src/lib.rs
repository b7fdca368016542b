//! The echo server as a library, so tests can start it in-process on port 0: `serve` runs the
//! accept loop (one thread per connection) and `handle` runs one connection. The limits live here.
//! It must never depend on the playground crate, and never print from `handle` (only `serve`
//! reports: one line per connection opened and one per connection closed).

mod connection;
mod server;

pub use connection::{config, handle, Ending};
pub use server::{serve, serve_with};

/// The largest message (and frame) the server accepts, in bytes: 1 MiB. A bigger one closes the
/// connection with code 1009 (message too big).
pub const MAX_MESSAGE_SIZE: usize = 1 << 20;

/// The address the `echo-server` command listens on unless `--addr` says otherwise.
pub const DEFAULT_ADDR: &str = "127.0.0.1:9001";
