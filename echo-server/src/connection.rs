//! One WebSocket connection: the handshake, then every text message echoed as text and every
//! binary message as binary, until the close handshake completes. Pings are answered with pongs by
//! tungstenite itself. A message over `MAX_MESSAGE_SIZE` is refused with a close frame of code
//! 1009. It must never panic on anything a peer sends, never hold more than one message of at most
//! `MAX_MESSAGE_SIZE` in memory, and never print: it returns how the connection ended.

use std::fmt;
use std::io::Read;
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

use tungstenite::error::{CapacityError, Error};
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::{CloseFrame, WebSocket, WebSocketConfig};
use tungstenite::Message;

use crate::MAX_MESSAGE_SIZE;

/// How long a peer may take to send its handshake request.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// How long the rest of a refused message is read and discarded before the socket is dropped.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// How a connection ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// The client started the close handshake (with this code, if any) and the server completed it.
    ClosedByClient { code: Option<u16> },
    /// A message of (at least) `size` bytes was over the limit: the server closed with code 1009.
    TooBig { size: usize },
    /// The peer did not complete a WebSocket handshake.
    HandshakeFailed(String),
    /// The connection broke: reset, protocol violation, I/O error.
    Failed(String),
}

impl fmt::Display for Ending {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ending::ClosedByClient { code: Some(code) } => write!(f, "closed by the client (code {code})"),
            Ending::ClosedByClient { code: None } => write!(f, "closed by the client (no code)"),
            Ending::TooBig { size } => write!(
                f,
                "message of {size} bytes over the {MAX_MESSAGE_SIZE}-byte limit, closed with code 1009"
            ),
            Ending::HandshakeFailed(error) => write!(f, "no WebSocket handshake: {error}"),
            Ending::Failed(error) => write!(f, "failed: {error}"),
        }
    }
}

/// The limits every connection runs with: messages and frames of at most `MAX_MESSAGE_SIZE`.
pub fn config() -> WebSocketConfig {
    WebSocketConfig::default()
        .max_message_size(Some(MAX_MESSAGE_SIZE))
        .max_frame_size(Some(MAX_MESSAGE_SIZE))
}

/// Runs one connection to its end: handshake, echo, close.
pub fn handle(stream: TcpStream) -> Ending {
    // A peer that connects and never sends its request must not hold the thread forever.
    if let Err(error) = stream.set_read_timeout(Some(HANDSHAKE_TIMEOUT)) {
        return Ending::Failed(error.to_string());
    }
    let mut socket = match tungstenite::accept_with_config(stream, Some(config())) {
        Ok(socket) => socket,
        Err(error) => return Ending::HandshakeFailed(error.to_string()),
    };
    // Once open, a connection may stay idle as long as the client likes.
    if let Err(error) = socket.get_ref().set_read_timeout(None) {
        return Ending::Failed(error.to_string());
    }
    echo(&mut socket)
}

fn echo(socket: &mut WebSocket<TcpStream>) -> Ending {
    // Set once the client's close frame has been read: the next read sends the reply and ends.
    let mut close_code = None;
    loop {
        let message = match socket.read() {
            Ok(message) => message,
            Err(Error::ConnectionClosed) => {
                return Ending::ClosedByClient {
                    code: close_code.flatten(),
                };
            }
            Err(Error::Capacity(CapacityError::MessageTooLong { size, .. })) => {
                return refuse_too_big(socket, size);
            }
            Err(error) => return Ending::Failed(error.to_string()),
        };
        match message {
            Message::Text(_) | Message::Binary(_) => {
                if let Err(error) = socket.send(message) {
                    return Ending::Failed(error.to_string());
                }
            }
            Message::Close(frame) => close_code = Some(frame.map(|frame| u16::from(frame.code))),
            // tungstenite queues the pong itself and sends it on the next read.
            Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => {}
        }
    }
}

/// Sends a close frame with code 1009, then reads and discards what the client still sends (the
/// rest of the oversized message, its close reply) until it closes, so that closing our socket
/// with unread data does not reset the connection before the client has read our close frame.
fn refuse_too_big(socket: &mut WebSocket<TcpStream>, size: usize) -> Ending {
    let reason = format!("message too big: the limit is {MAX_MESSAGE_SIZE} bytes");
    let frame = CloseFrame {
        code: CloseCode::Size,
        reason: reason.into(),
    };
    if let Err(error) = socket.close(Some(frame)) {
        return Ending::Failed(format!("while refusing a message of {size} bytes: {error}"));
    }
    // The oversized message is never parsed: tungstenite stopped at its header, so the close
    // handshake cannot go on through it. Half-close (our close frame, then end of stream), and
    // wait for the client's end of stream.
    let stream = socket.get_mut();
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + DRAIN_TIMEOUT;
    let mut discard = vec![0; 64 * 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match stream.read(&mut discard) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    Ending::TooBig { size }
}
