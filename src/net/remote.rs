//! Remote connections: a `TcpStream` whose other end is a real server reached through a
//! `Transport` (the browser's WebSocket in the page, a scripted one in tests). The transport only
//! queues what happened (opened, a message, closed); the network takes those events at the start
//! of each tick, records them and wakes the tasks parked on the socket, exactly as the loopback
//! does. It must never call into the browser itself, never block, and never turn a network
//! condition into a panic: every failure reaches the program as a `NetError`.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::task::{Poll, Waker};

use super::network::{
    notify, park, record_failure, record_io, record_opened, AddrIndex, NetworkState, Socket,
};
use super::{IoOp, IoOutcome, NetError, Readiness, SocketId};

/// The largest message a remote connection sends or accepts, in bytes (the echo server's limit).
pub const MAX_MESSAGE_BYTES: usize = 1 << 20;

/// How many recent messages a remote socket keeps for the Network view.
const MESSAGES_KEPT: usize = 32;

/// What a remote connection reports. A transport queues these as they happen; the network
/// handles them at the executor's next tick.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteEvent {
    /// The connection is open: sends can go out.
    Opened,
    /// A whole message arrived.
    Message(Vec<u8>),
    /// The connection is closed, by either side or because it failed.
    Closed {
        /// The close code (1000 is a normal close, 1006 a connection lost without a close frame).
        code: u16,
        /// The reason the closing side gave, possibly empty.
        reason: String,
    },
}

/// Where a transport queues a connection's events.
pub type RemoteEvents = Rc<RefCell<VecDeque<RemoteEvent>>>;

/// The sending half of a remote connection, implemented by the transport.
pub trait RemoteEnd {
    /// Sends one message; an error describes why the transport could not.
    fn send(&self, message: &[u8]) -> Result<(), String>;
    /// Starts closing the connection; a `Closed` event follows.
    fn close(&self);
}

/// A connection a transport has started opening.
pub struct RemoteLink {
    /// The URL actually dialled.
    pub url: String,
    /// How to send and close.
    pub end: Box<dyn RemoteEnd>,
    /// Where the connection's events arrive.
    pub events: RemoteEvents,
}

/// Why a transport cannot dial: the URL it tried and the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenError {
    /// The URL that was to be dialled.
    pub url: String,
    /// Why not, such as the browser's reason for rejecting the URL.
    pub reason: String,
}

/// Opens remote connections for `TcpStream::connect` to `ws://` and `wss://` addresses.
pub trait Transport {
    /// Starts connecting for a program that dialled `addr`.
    fn open(&self, addr: &str) -> Result<RemoteLink, OpenError>;
}

/// Whether `addr` names a WebSocket server rather than a loopback listener.
pub fn is_remote_addr(addr: &str) -> bool {
    addr.starts_with("ws://") || addr.starts_with("wss://")
}

/// The state of a remote connection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoteState {
    /// The handshake is under way.
    Connecting,
    /// Messages flow both ways.
    Open,
    /// Closed with this code and reason; `opened` says whether it was ever open.
    Closed {
        /// The close code.
        code: u16,
        /// The reason given, possibly empty.
        reason: String,
        /// False when the connection failed before opening: it was refused.
        opened: bool,
    },
}

impl RemoteState {
    /// Whether the connection is closed, by either side.
    pub fn is_closed(&self) -> bool {
        matches!(self, RemoteState::Closed { .. })
    }
}

/// One WebSocket message sent or received, for the Network view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSocketMessage {
    /// True for a message the program sent, false for one it received.
    pub outgoing: bool,
    /// The message.
    pub bytes: Vec<u8>,
}

pub(super) struct RemoteSocket {
    pub(super) addr: AddrIndex,
    end: Box<dyn RemoteEnd>,
    events: RemoteEvents,
    pub(super) state: RemoteState,
    /// Messages received and not read yet.
    pub(super) unread: VecDeque<Vec<u8>>,
    /// The task waiting in `async_read`.
    pub(super) reader: Option<Waker>,
    /// The task waiting in `async_send` for the connection to open.
    sender: Option<Waker>,
    /// False once the program dropped its stream.
    pub(super) open: bool,
    pub(super) messages: VecDeque<WebSocketMessage>,
    /// Why the playground itself closed the connection (a message over the size limit arrived),
    /// which every later operation reports.
    refused: Option<NetError>,
}

impl RemoteSocket {
    fn keep_message(&mut self, outgoing: bool, bytes: &[u8]) {
        if self.messages.len() == MESSAGES_KEPT {
            self.messages.pop_front();
        }
        self.messages.push_back(WebSocketMessage {
            outgoing,
            bytes: bytes.to_vec(),
        });
    }

    /// Marks the connection closed (opened or refused, as it stood) and wakes every task waiting
    /// on it. A connection already closed stays as it was.
    fn close(&mut self, id: SocketId, code: u16, reason: String) {
        if self.state.is_closed() {
            return;
        }
        let opened = self.state == RemoteState::Open;
        self.state = RemoteState::Closed {
            code,
            reason,
            opened,
        };
        let waiting = self.reader.take().into_iter().chain(self.sender.take());
        notify(id, Readiness::PeerClosed, waiting);
    }

    /// The error an operation gets once the connection is closed, or `None` for a clean close.
    fn closed_error(&self, id: SocketId, url: &str) -> Option<NetError> {
        if let Some(refused) = &self.refused {
            return Some(refused.clone());
        }
        match &self.state {
            // A close before the connection opened carries, as its reason, what the transport
            // found answering there; none means nothing did.
            RemoteState::Closed {
                opened: false,
                reason,
                ..
            } if reason.is_empty() => Some(NetError::ConnectionRefused {
                addr: url.to_owned(),
            }),
            RemoteState::Closed {
                opened: false,
                reason,
                ..
            } => Some(NetError::HandshakeFailed {
                addr: url.to_owned(),
                reason: reason.clone(),
            }),
            RemoteState::Closed { code, reason, .. } if !is_clean_close(*code) => {
                Some(NetError::ConnectionClosed {
                    socket: id,
                    code: *code,
                    reason: reason.clone(),
                })
            }
            _ => None,
        }
    }
}

/// Whether a close code means the conversation ended normally (normal closure, going away, or
/// no status given), so that a read sees end of file rather than an error.
fn is_clean_close(code: u16) -> bool {
    matches!(code, 1000 | 1001 | 1005)
}

impl NetworkState {
    /// Connects to a remote server through `transport` (see [`NetworkState::remote_transport`]).
    pub(super) fn connect_remote(
        &mut self,
        transport: &dyn Transport,
        addr: &str,
    ) -> Result<SocketId, NetError> {
        let link = match transport.open(addr) {
            Ok(link) => link,
            Err(OpenError { url, reason }) => {
                let error = NetError::InvalidUrl { url, reason };
                return record_opened(IoOp::Connect, Err(error));
            }
        };
        let addr = self.intern_address(&link.url);
        let socket = RemoteSocket {
            addr,
            end: link.end,
            events: link.events,
            state: RemoteState::Connecting,
            unread: VecDeque::new(),
            reader: None,
            sender: None,
            refused: None,
            open: true,
            messages: VecDeque::new(),
        };
        let id = self.add(Socket::Remote(Box::new(socket)));
        self.remotes.push(id);
        record_opened(IoOp::Connect, Ok(id))
    }

    fn remote(&mut self, id: SocketId) -> Option<(&mut RemoteSocket, &str)> {
        let Some(Socket::Remote(socket)) = self.sockets.get_mut(id.index()) else {
            return None;
        };
        let url = self.addresses.get(socket.addr.0 as usize)?;
        Some((socket, url))
    }

    /// The next whole message, an empty vector after a clean close, an error after an abnormal
    /// one, or Pending with the waker parked.
    pub(super) fn poll_remote_read(
        &mut self,
        id: SocketId,
        waker: &Waker,
    ) -> Poll<Result<Vec<u8>, NetError>> {
        let Some((socket, url)) = self.remote(id) else {
            return Poll::Ready(Ok(Vec::new()));
        };
        if let Some(message) = socket.unread.pop_front() {
            let bytes = message.len();
            record_io(Some(id), IoOp::Read, IoOutcome::Transferred { bytes });
            return Poll::Ready(Ok(message));
        }
        if !socket.state.is_closed() {
            record_io(Some(id), IoOp::Read, IoOutcome::WouldBlock);
            park(&mut socket.reader, waker, id);
            return Poll::Pending;
        }
        match socket.closed_error(id, url) {
            Some(error) => {
                record_failure(Some(id), IoOp::Read, &error);
                Poll::Ready(Err(error))
            }
            None => {
                record_io(Some(id), IoOp::Read, IoOutcome::EndOfFile);
                Poll::Ready(Ok(Vec::new()))
            }
        }
    }

    /// Sends `data` as one message once the connection is open (Pending until then).
    pub(super) fn poll_remote_send(
        &mut self,
        id: SocketId,
        data: &[u8],
        waker: &Waker,
    ) -> Poll<Result<usize, NetError>> {
        let Some((socket, url)) = self.remote(id) else {
            return fail_send(id, NetError::BrokenPipe { socket: id });
        };
        match &socket.state {
            RemoteState::Connecting => {
                record_io(Some(id), IoOp::Send, IoOutcome::WouldBlock);
                park(&mut socket.sender, waker, id);
                Poll::Pending
            }
            RemoteState::Closed { .. } => {
                let error = socket
                    .closed_error(id, url)
                    .filter(|error| {
                        matches!(
                            error,
                            NetError::ConnectionRefused { .. } | NetError::HandshakeFailed { .. }
                        )
                    })
                    .unwrap_or(NetError::BrokenPipe { socket: id });
                fail_send(id, error)
            }
            RemoteState::Open if data.len() > MAX_MESSAGE_BYTES => {
                let error = NetError::MessageTooLarge {
                    socket: id,
                    bytes: data.len(),
                    limit: MAX_MESSAGE_BYTES,
                };
                fail_send(id, error)
            }
            RemoteState::Open => match socket.end.send(data) {
                Ok(()) => {
                    socket.keep_message(true, data);
                    let bytes = data.len();
                    record_io(Some(id), IoOp::Send, IoOutcome::Transferred { bytes });
                    Poll::Ready(Ok(bytes))
                }
                Err(_) => fail_send(id, NetError::BrokenPipe { socket: id }),
            },
        }
    }

    /// Closes the program's end: the transport starts the close handshake.
    pub(super) fn close_remote(&mut self, id: SocketId) {
        if let Some((socket, _)) = self.remote(id).filter(|(socket, _)| socket.open) {
            socket.open = false;
            if !socket.state.is_closed() {
                socket.end.close();
            }
        }
    }

    /// Handles every event the transports queued since the last tick: records it and wakes the
    /// tasks parked on the socket.
    pub(crate) fn pump_remote(&mut self) {
        for &id in &self.remotes {
            let Some(Socket::Remote(socket)) = self.sockets.get_mut(id.index()) else {
                continue;
            };
            loop {
                let Some(event) = socket.events.borrow_mut().pop_front() else {
                    break;
                };
                handle_event(id, socket, event);
            }
        }
    }

    /// Whether the program ever dialled a real server.
    pub(crate) fn has_remotes(&self) -> bool {
        !self.remotes.is_empty()
    }

    /// Whether a task waits on a remote connection that can still deliver an event.
    pub(crate) fn awaits_remote(&self) -> bool {
        self.remotes
            .iter()
            .any(|id| match self.sockets.get(id.index()) {
                Some(Socket::Remote(remote)) => {
                    !remote.state.is_closed()
                        && (remote.reader.is_some() || remote.sender.is_some())
                }
                _ => false,
            })
    }
}

fn fail_send(id: SocketId, error: NetError) -> Poll<Result<usize, NetError>> {
    record_failure(Some(id), IoOp::Send, &error);
    Poll::Ready(Err(error))
}

/// Closes a connection whose server sent a message over the size limit (with 1009, "message too
/// big", as the echo server does), so that the waiting task gets `MessageTooLarge` rather than
/// an unbounded buffer.
fn refuse_message(id: SocketId, socket: &mut RemoteSocket, bytes: usize) {
    if socket.state.is_closed() {
        return;
    }
    socket.end.close();
    socket.refused = Some(NetError::MessageTooLarge {
        socket: id,
        bytes,
        limit: MAX_MESSAGE_BYTES,
    });
    let reason = format!("a {bytes}-byte message is over the limit");
    socket.close(id, 1009, reason);
}

fn handle_event(id: SocketId, socket: &mut RemoteSocket, event: RemoteEvent) {
    match event {
        RemoteEvent::Opened => {
            if socket.state == RemoteState::Connecting {
                socket.state = RemoteState::Open;
                notify(id, Readiness::Connected, socket.sender.take());
            }
        }
        RemoteEvent::Message(bytes) if bytes.len() > MAX_MESSAGE_BYTES => {
            refuse_message(id, socket, bytes.len());
        }
        RemoteEvent::Message(bytes) => {
            socket.keep_message(false, &bytes);
            let count = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
            socket.unread.push_back(bytes);
            notify(
                id,
                Readiness::Readable { bytes: count },
                socket.reader.take(),
            );
        }
        RemoteEvent::Closed { code, reason } => socket.close(id, code, reason),
    }
}
