//! The network, a driver beside the executor (see `executor::driver`): the in-memory loopback
//! (listeners and streams over byte pipes whose would-block operations return Pending and park
//! the waker until the peer acts) and remote connections through a `Transport`. Each executor
//! gets its own network, so runs stay independent and deterministic. It must never touch a real
//! socket itself, panic on a network condition, or use anything outside `std` and the
//! executor's driver interface.

mod driver;
mod error;
mod event;
mod failure;
mod listener;
mod network;
mod remote;
mod stream;

use std::fmt;

pub use self::driver::Network;
pub use self::error::NetError;
pub use self::event::NetEvent;
pub use self::failure::NetworkFailure;
pub use self::listener::{Accept, TcpListener};
pub use self::network::{SocketKind, SocketSnapshot};
pub use self::remote::{
    is_remote_addr, OpenError, RemoteEnd, RemoteEvent, RemoteEvents, RemoteLink, RemoteState,
    Transport, WebSocketMessage, MAX_MESSAGE_BYTES,
};
pub use self::stream::{ReadBytes, SendBytes, TcpStream};
use crate::executor::ResourceId;

/// The number of a socket (listener or stream) inside one executor's network, in creation order:
/// the resource tasks park on, as the executor knows it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SocketId(ResourceId);

impl SocketId {
    /// The id of the socket created `index`-th.
    ///
    /// # Panics
    /// Beyond 2^32 - 1 sockets, which no program reaches before running out of memory.
    pub(crate) fn from_index(index: usize) -> Self {
        SocketId(ResourceId::from_index(index))
    }

    /// The socket's position in creation order.
    pub fn index(self) -> usize {
        self.0.index()
    }

    /// The socket as the executor knows it: a resource tasks park on.
    pub fn resource(self) -> ResourceId {
        self.0
    }
}

impl fmt::Debug for SocketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SocketId({})", self.index())
    }
}

impl fmt::Display for SocketId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "socket {}", self.index())
    }
}

/// What a socket became ready for, as recorded in the trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    /// A listener has a connection waiting to be accepted.
    Connection,
    /// A stream has bytes to read.
    Readable {
        /// How many bytes are buffered now.
        bytes: u32,
    },
    /// A stream's peer drained its buffer, so a waiting send can continue.
    Writable {
        /// How many bytes may be sent before the buffer is full again.
        space: u32,
    },
    /// The other end closed: reads return end of file after the buffered bytes, sends fail.
    PeerClosed,
    /// A remote connection finished its handshake: sends can go out.
    Connected,
}

impl fmt::Display for Readiness {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Readiness::Connection => f.write_str("has a connection waiting to be accepted"),
            Readiness::Readable { bytes } => write!(f, "is readable: {bytes} bytes buffered"),
            Readiness::Writable { space } => write!(f, "is writable: room for {space} bytes"),
            Readiness::PeerClosed => f.write_str("saw its peer close the connection"),
            Readiness::Connected => f.write_str("is connected to the server"),
        }
    }
}

/// A loopback operation, as recorded in the trace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoOp {
    /// `TcpListener::bind`.
    Bind,
    /// `TcpStream::connect`.
    Connect,
    /// `TcpListener::async_accept`.
    Accept,
    /// `TcpStream::async_read`.
    Read,
    /// `TcpStream::async_send`.
    Send,
}

impl fmt::Display for IoOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IoOp::Bind => "bind",
            IoOp::Connect => "connect",
            IoOp::Accept => "async_accept",
            IoOp::Read => "async_read",
            IoOp::Send => "async_send",
        })
    }
}

/// How one attempt at a loopback operation ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoOutcome {
    /// It would block: Pending, with the waker parked on the socket.
    WouldBlock,
    /// A socket was created: bound, connected or accepted.
    Opened(SocketId),
    /// Bytes were read or sent.
    Transferred {
        /// How many.
        bytes: usize,
    },
    /// A read found the peer closed and nothing left to read.
    EndOfFile,
    /// The operation failed (boxed, because failures are rare and traces long).
    Failed(Box<NetError>),
}

impl fmt::Display for IoOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IoOutcome::WouldBlock => f.write_str("Pending, waker parked"),
            IoOutcome::Opened(socket) => write!(f, "opened {socket}"),
            IoOutcome::Transferred { bytes } => write!(f, "Ready, {bytes} bytes"),
            IoOutcome::EndOfFile => f.write_str("Ready, end of file"),
            IoOutcome::Failed(error) => write!(f, "failed, {error}"),
        }
    }
}
