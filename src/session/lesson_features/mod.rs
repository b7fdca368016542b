//! What lessons add to the playground: side-by-side runs of one program (`compare`: lesson 1's
//! async tasks against threads, lesson 5's waker-driven against busy polling), the WebSocket
//! lesson's choice of the loopback or a real WebSocket server (`network`), and "Predict, then
//! run" in every lesson (`predict`). It never touches the browser: the page
//! hands in the transport that dials.

pub mod compare;
pub mod network;
pub mod predict;
