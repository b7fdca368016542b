//! Errors of the loopback network, as values with a plain-English `Display`. It must never hold
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
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NetError::ConnectionRefused { addr } => {
                write!(f, "connection refused: nothing is listening on {addr}")
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
        }
    }
}

impl std::error::Error for NetError {}
