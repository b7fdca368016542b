//! Errors of the network (loopback and remote), as values with a plain-English `Display`. It must never hold
//! anything that differs between runs.

use std::fmt;

use super::SocketId;

/// Why a loopback operation failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetError {
    /// `connect` to an address nobody listens on.
    ConnectionRefused {
        /// The address that was dialled.
        addr: String,
    },
    /// `connect` to a remote address where a server answered, but not with the WebSocket
    /// handshake (a web server, or TLS spoken where plain was dialled, or the reverse).
    HandshakeFailed {
        /// The address that was dialled.
        addr: String,
        /// What the transport found answering there.
        reason: String,
    },
    /// `bind` to an address that already has a listener.
    AddrInUse {
        /// The address that is taken.
        addr: String,
    },
    /// `async_send` on a stream whose peer has closed.
    BrokenPipe {
        /// The stream that was written to.
        socket: SocketId,
    },
    /// A socket was made outside a running executor, which owns the network.
    NoExecutor,
    /// `connect` to a `ws://` or `wss://` address the transport cannot dial.
    InvalidUrl {
        /// The address that was dialled.
        url: String,
        /// Why it is not usable, in the transport's words.
        reason: String,
    },
    /// A remote connection closed abnormally: the server went away or refused a message.
    ConnectionClosed {
        /// The stream that was closed.
        socket: SocketId,
        /// The WebSocket close code (1006: lost without a close frame).
        code: u16,
        /// The reason the server gave, possibly empty.
        reason: String,
    },
    /// `async_send` of a message larger than a remote connection accepts.
    MessageTooLarge {
        /// The stream that was written to.
        socket: SocketId,
        /// The message's size.
        bytes: usize,
        /// The largest message allowed.
        limit: usize,
    },
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetError::ConnectionRefused { addr } => {
                write!(f, "connection refused: nothing is listening on {addr}")
            }
            NetError::HandshakeFailed { addr, reason } => {
                write!(f, "WebSocket handshake failed with {addr}: {reason}")
            }
            NetError::AddrInUse { addr } => {
                write!(f, "address in use: {addr} already has a listener")
            }
            NetError::BrokenPipe { socket } => {
                write!(
                    f,
                    "broken pipe: the peer of {socket} has closed the connection"
                )
            }
            NetError::NoExecutor => {
                f.write_str("no executor is running, and the loopback network belongs to one")
            }
            NetError::InvalidUrl { url, reason } => write!(f, "invalid URL {url:?}: {reason}"),
            NetError::ConnectionClosed {
                socket,
                code,
                reason,
            } => {
                write!(
                    f,
                    "connection closed: the server closed {socket} with code {code}"
                )?;
                match (reason.is_empty(), *code) {
                    (false, _) => write!(f, " ({reason})"),
                    (true, 1006) => f.write_str(" (connection lost without a close frame)"),
                    (true, _) => Ok(()),
                }
            }
            NetError::MessageTooLarge {
                socket,
                bytes,
                limit,
            } => write!(
                f,
                "message too large: {bytes} bytes on {socket}, the limit is {limit} bytes"
            ),
        }
    }
}

impl std::error::Error for NetError {}
