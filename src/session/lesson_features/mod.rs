//! What only some lessons use: side-by-side runs of one program (`compare`: lesson 1's async
//! tasks against threads, lesson 5's waker-driven against busy polling) and the WebSocket lesson's choice of
//! the loopback or a real WebSocket server (`network`). It never touches the browser: the page
//! hands in the transport that dials.

pub mod compare;
pub mod network;
