//! The state of one loopback network: listeners by address, streams with their inbound byte
//! buffers, and the wakers parked on them. It must never wake a task without recording why, nor
//! block: every operation either completes, fails with a `NetError`, or parks a waker.

use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;
use std::task::{Poll, Waker};

use super::driver::Network;
use super::event::{io_record, readiness_record};
use super::remote::{is_remote_addr, RemoteSocket, RemoteState, Transport, WebSocketMessage};
use super::{IoOp, IoOutcome, NetError, Readiness, SocketId};
use crate::executor::driver;

/// How many bytes a stream buffers by default before a send must wait for the reader.
const DEFAULT_BUFFER_LIMIT: usize = 4096;

/// Loopback sockets are kept small (one cache line) because every read and send looks one up: the
/// address is an index into `NetworkState::addresses`, and the rare waker blocked on a full buffer is
/// kept in `NetworkState::blocked_writers`.
pub(super) struct ListenerSocket {
    addr: AddrIndex,
    /// Connections waiting to be accepted: (server end, client end).
    backlog: VecDeque<(SocketId, SocketId)>,
    acceptor: Option<Waker>,
    open: bool,
}

pub(super) struct StreamSocket {
    peer: SocketId,
    addr: AddrIndex,
    /// Bytes the peer sent and this end has not read yet.
    inbox: VecDeque<u8>,
    /// The task waiting to read from `inbox`.
    reader: Option<Waker>,
    open: bool,
    peer_open: bool,
}

/// The position of an address in `NetworkState::addresses`.
#[derive(Clone, Copy)]
pub(super) struct AddrIndex(pub(super) u32);

pub(super) enum Socket {
    Listener(ListenerSocket),
    Stream(StreamSocket),
    /// A connection to a real server through the transport (see `remote`), boxed because it
    /// is several times the size of a loopback socket: unboxed, every socket would take its room.
    Remote(Box<RemoteSocket>),
}

// Holds the promise above: a loopback socket fits one cache line.
const _: () = assert!(std::mem::size_of::<Socket>() <= 64);

/// A socket as the Network view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocketSnapshot {
    /// Which socket.
    pub id: SocketId,
    /// The address it listens on or is connected to.
    pub addr: String,
    /// Listener or stream, with its state.
    pub kind: SocketKind,
}

/// The state of a socket, for the Network view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SocketKind {
    /// A bound listener.
    Listener {
        /// Connections waiting to be accepted.
        backlog: usize,
        /// False once the listener was dropped.
        open: bool,
        /// Whether a task waits in `async_accept`.
        acceptor_waiting: bool,
    },
    /// One end of a connection.
    Stream {
        /// The other end.
        peer: SocketId,
        /// Bytes received and not read yet.
        buffered: Vec<u8>,
        /// False once this end was dropped.
        open: bool,
        /// False once the other end was dropped.
        peer_open: bool,
        /// Whether a task waits in `async_read`.
        reader_waiting: bool,
    },
    /// A connection to a real WebSocket server.
    WebSocket {
        /// Connecting, open, or closed with a code.
        state: RemoteState,
        /// Messages received and not read yet.
        unread: usize,
        /// The most recent messages, oldest first.
        messages: Vec<WebSocketMessage>,
        /// Whether a task waits in `async_read`.
        reader_waiting: bool,
        /// False once the program dropped its stream (the close handshake may still be under
        /// way).
        open: bool,
    },
}

/// All sockets of one executor.
pub(crate) struct NetworkState {
    buffer_limit: usize,
    listeners: BTreeMap<String, SocketId>,
    pub(super) sockets: Vec<Socket>,
    /// Every address ever bound or dialled remotely, in that order.
    pub(super) addresses: Vec<String>,
    /// Where connections to `ws://` and `wss://` addresses go; without one they stay on the
    /// loopback.
    pub(super) transport: Option<Rc<dyn Transport>>,
    /// The remote sockets, so that each tick looks at those alone for new events.
    pub(super) remotes: Vec<SocketId>,
    /// Wakers of tasks waiting for room in a stream's buffer, by the stream that must be read.
    blocked_writers: BTreeMap<SocketId, Waker>,
}

impl Default for NetworkState {
    fn default() -> Self {
        NetworkState {
            buffer_limit: DEFAULT_BUFFER_LIMIT,
            listeners: BTreeMap::new(),
            sockets: Vec::new(),
            addresses: Vec::new(),
            transport: None,
            remotes: Vec::new(),
            blocked_writers: BTreeMap::new(),
        }
    }
}

/// Records that `socket` became ready and wakes the tasks waiting for it, naming the socket as
/// the waker.
pub(super) fn notify(
    socket: SocketId,
    readiness: Readiness,
    wakers: impl IntoIterator<Item = Waker>,
) {
    if driver::tracing() {
        driver::record(|_| readiness_record(socket, readiness));
    }
    driver::wake_from(socket.resource(), wakers);
}

/// A byte count for the trace, which records counts as `u32` to stay small.
fn saturating_u32(count: usize) -> u32 {
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Moves every buffered byte into a new vector, keeping the buffer's capacity for the next send.
fn take_all(buffer: &mut VecDeque<u8>) -> Vec<u8> {
    let (front, back) = buffer.as_slices();
    let mut bytes = Vec::with_capacity(buffer.len());
    bytes.extend_from_slice(front);
    bytes.extend_from_slice(back);
    buffer.clear();
    bytes
}

/// Records one attempt at a loopback operation by the current task. Always inlined so that,
/// with the trace off, building and dropping `outcome` compiles away: as a mere hint the
/// compiler kept it out of line, at about 40 instructions per read or send.
#[inline(always)]
pub(super) fn record_io(socket: Option<SocketId>, op: IoOp, outcome: IoOutcome) {
    if !driver::tracing() {
        return;
    }
    let keep_error =
        |error| Network::current().map_or(0, |network| network.keep_traced_error(error));
    driver::record(|task| io_record(task, socket, op, outcome, keep_error));
}

/// Records a failed operation in the trace, and keeps it for the failing task's lane whether or
/// not tracing is on.
pub(super) fn record_failure(socket: Option<SocketId>, op: IoOp, error: &NetError) {
    if let Ok(network) = Network::current() {
        network.note_failure(op, error);
    }
    record_io(socket, op, IoOutcome::Failed(Box::new(error.clone())));
}

/// Records how a bind or connect ended and passes its result on.
pub(super) fn record_opened(
    op: IoOp,
    result: Result<SocketId, NetError>,
) -> Result<SocketId, NetError> {
    match &result {
        Ok(socket) => record_io(None, op, IoOutcome::Opened(*socket)),
        Err(error) => record_failure(None, op, error),
    }
    result
}

/// Records and returns the failure of a send whose peer has closed.
fn broken_pipe(socket: SocketId) -> Poll<Result<usize, NetError>> {
    let broken = NetError::BrokenPipe { socket };
    record_failure(Some(socket), IoOp::Send, &broken);
    Poll::Ready(Err(broken))
}

/// Parks `waker` in `slot` and notes, for diagnoses, that the current task waits on `socket`.
pub(super) fn park(slot: &mut Option<Waker>, waker: &Waker, socket: SocketId) {
    match slot {
        Some(parked) => parked.clone_from(waker),
        None => *slot = Some(waker.clone()),
    }
    driver::note_parked_on(socket.resource());
}

impl NetworkState {
    pub(crate) fn set_buffer_limit(&mut self, bytes: usize) {
        // A zero limit would make every send wait forever.
        self.buffer_limit = bytes.max(1);
    }

    /// Sends connections to `ws://` and `wss://` addresses through `transport`.
    pub(crate) fn set_transport(&mut self, transport: Rc<dyn Transport>) {
        self.transport = Some(transport);
    }

    /// The transport that reaches `addr`, if it is a remote address and there is one; otherwise
    /// `addr` is on the loopback.
    pub(super) fn remote_transport(&self, addr: &str) -> Option<Rc<dyn Transport>> {
        self.transport.clone().filter(|_| is_remote_addr(addr))
    }

    pub(super) fn intern_address(&mut self, addr: &str) -> AddrIndex {
        let index = AddrIndex(u32::try_from(self.addresses.len()).unwrap_or(u32::MAX));
        self.addresses.push(addr.to_owned());
        index
    }

    pub(super) fn add(&mut self, socket: Socket) -> SocketId {
        self.sockets.push(socket);
        SocketId::from_index(self.sockets.len() - 1)
    }

    fn stream(&mut self, id: SocketId) -> Option<&mut StreamSocket> {
        match self.sockets.get_mut(id.index()) {
            Some(Socket::Stream(stream)) => Some(stream),
            _ => None,
        }
    }

    fn listener(&mut self, id: SocketId) -> Option<&mut ListenerSocket> {
        match self.sockets.get_mut(id.index()) {
            Some(Socket::Listener(listener)) => Some(listener),
            _ => None,
        }
    }

    /// Binds a listener on `addr`. A remote address is taken by the real server there.
    pub(crate) fn bind(&mut self, addr: &str) -> Result<SocketId, NetError> {
        if self.remote_transport(addr).is_some() {
            // Expected by programs that start a stand-in server only on the loopback: traced, but
            // not kept as a network failure for the task's lane.
            let taken = NetError::AddrInUse {
                addr: addr.to_owned(),
            };
            record_io(None, IoOp::Bind, IoOutcome::Failed(Box::new(taken.clone())));
            return Err(taken);
        }
        if self.listeners.contains_key(addr) {
            return record_opened(
                IoOp::Bind,
                Err(NetError::AddrInUse {
                    addr: addr.to_owned(),
                }),
            );
        }
        let addr_index = self.intern_address(addr);
        let listener = ListenerSocket {
            addr: addr_index,
            backlog: VecDeque::new(),
            acceptor: None,
            open: true,
        };
        let id = self.add(Socket::Listener(listener));
        self.listeners.insert(addr.to_owned(), id);
        record_opened(IoOp::Bind, Ok(id))
    }

    /// Connects to the listener on `addr`; the server end waits in its backlog. Returns the
    /// client end and its peer.
    pub(crate) fn connect(&mut self, addr: &str) -> Result<(SocketId, SocketId), NetError> {
        let refused = || NetError::ConnectionRefused {
            addr: addr.to_owned(),
        };
        let Some(&listener_id) = self.listeners.get(addr) else {
            return record_opened(IoOp::Connect, Err(refused())).map(|id| (id, id));
        };
        let addr_index = self.listener(listener_id).ok_or_else(refused)?.addr;
        let client = SocketId::from_index(self.sockets.len());
        let server = SocketId::from_index(self.sockets.len() + 1);
        self.add(Socket::Stream(StreamSocket::new(server, addr_index)));
        self.add(Socket::Stream(StreamSocket::new(client, addr_index)));
        let listener = self.listener(listener_id).ok_or_else(refused)?;
        listener.backlog.push_back((server, client));
        let connected = record_opened(IoOp::Connect, Ok(client));
        notify(listener_id, Readiness::Connection, listener.acceptor.take());
        connected.map(|client| (client, server))
    }

    /// The next connection's server end and its peer, or Pending with the waker parked.
    pub(crate) fn poll_accept(
        &mut self,
        id: SocketId,
        waker: &Waker,
    ) -> Poll<(SocketId, SocketId)> {
        let Some(listener) = self.listener(id) else {
            return Poll::Pending;
        };
        match listener.backlog.pop_front() {
            Some((stream, peer)) => {
                record_io(Some(id), IoOp::Accept, IoOutcome::Opened(stream));
                Poll::Ready((stream, peer))
            }
            None => {
                record_io(Some(id), IoOp::Accept, IoOutcome::WouldBlock);
                park(&mut listener.acceptor, waker, id);
                Poll::Pending
            }
        }
    }

    /// Everything buffered, an empty vector at end of file, or Pending with the waker parked.
    pub(crate) fn poll_read(&mut self, id: SocketId, waker: &Waker) -> Poll<Vec<u8>> {
        let buffer_limit = self.buffer_limit;
        let Some(stream) = self.stream(id) else {
            return Poll::Ready(Vec::new());
        };
        if stream.inbox.is_empty() {
            if !stream.peer_open {
                record_io(Some(id), IoOp::Read, IoOutcome::EndOfFile);
                return Poll::Ready(Vec::new());
            }
            record_io(Some(id), IoOp::Read, IoOutcome::WouldBlock);
            park(&mut stream.reader, waker, id);
            return Poll::Pending;
        }
        let bytes = take_all(&mut stream.inbox);
        let peer = stream.peer;
        record_io(
            Some(id),
            IoOp::Read,
            IoOutcome::Transferred { bytes: bytes.len() },
        );
        // Most reads find no blocked writer, and an empty map is cheaper to ask than to search.
        let writer = if self.blocked_writers.is_empty() {
            None
        } else {
            self.blocked_writers.remove(&id)
        };
        if let Some(writer) = writer {
            notify(
                peer,
                Readiness::Writable {
                    space: saturating_u32(buffer_limit),
                },
                Some(writer),
            );
        }
        Poll::Ready(bytes)
    }

    /// Sends as much of `data` as fits, returning how much; Pending while the peer's buffer is
    /// full; an error once the peer has closed.
    /// `peer_id` is the stream's peer, which the caller knows, so that sending looks up only the
    /// socket it writes to.
    pub(crate) fn poll_send(
        &mut self,
        (id, peer_id): (SocketId, SocketId),
        data: &[u8],
        waker: &Waker,
    ) -> Poll<Result<usize, NetError>> {
        let buffer_limit = self.buffer_limit;
        let Some(peer) = self.stream(peer_id).filter(|peer| peer.open) else {
            return broken_pipe(id);
        };
        let room = buffer_limit.saturating_sub(peer.inbox.len());
        if room == 0 && !data.is_empty() {
            record_io(Some(id), IoOp::Send, IoOutcome::WouldBlock);
            self.blocked_writers.insert(peer_id, waker.clone());
            driver::note_parked_on(id.resource());
            return Poll::Pending;
        }
        let sent = room.min(data.len());
        record_io(Some(id), IoOp::Send, IoOutcome::Transferred { bytes: sent });
        peer.inbox.extend(&data[..sent]);
        notify(
            peer_id,
            Readiness::Readable {
                bytes: saturating_u32(peer.inbox.len()),
            },
            peer.reader.take(),
        );
        Poll::Ready(Ok(sent))
    }

    /// Closes one end: its peer reads end of file after the buffered bytes, and sends to it fail.
    pub(crate) fn close_stream(&mut self, id: SocketId) {
        let Some(stream) = self.stream(id).filter(|stream| stream.open) else {
            return;
        };
        stream.open = false;
        stream.inbox.clear();
        let peer_id = stream.peer;
        let writer = self.blocked_writers.remove(&id);
        let reader = self.stream(peer_id).and_then(|peer| {
            peer.peer_open = false;
            peer.reader.take()
        });
        notify(
            peer_id,
            Readiness::PeerClosed,
            reader.into_iter().chain(writer),
        );
    }

    /// Unbinds a listener and closes the connections nobody accepted.
    pub(crate) fn close_listener(&mut self, id: SocketId) {
        let Some(listener) = self.listener(id).filter(|listener| listener.open) else {
            return;
        };
        listener.open = false;
        let pending: Vec<SocketId> = listener
            .backlog
            .drain(..)
            .map(|(server, _)| server)
            .collect();
        let addr = listener.addr;
        if let Some(addr) = self.addresses.get(addr.0 as usize) {
            self.listeners.remove(addr.as_str());
        }
        pending
            .into_iter()
            .for_each(|stream| self.close_stream(stream));
    }

    fn address(&self, addr: AddrIndex) -> Option<&String> {
        self.addresses.get(addr.0 as usize)
    }

    pub(crate) fn snapshot(&self) -> Vec<SocketSnapshot> {
        let snapshot = |(index, socket): (usize, &Socket)| SocketSnapshot {
            id: SocketId::from_index(index),
            addr: self.address(socket.addr()).cloned().unwrap_or_default(),
            kind: socket.kind(),
        };
        self.sockets.iter().enumerate().map(snapshot).collect()
    }
}

impl StreamSocket {
    fn new(peer: SocketId, addr: AddrIndex) -> Self {
        StreamSocket {
            peer,
            addr,
            inbox: VecDeque::new(),
            reader: None,
            open: true,
            peer_open: true,
        }
    }
}

impl Socket {
    fn addr(&self) -> AddrIndex {
        match self {
            Socket::Listener(listener) => listener.addr,
            Socket::Stream(stream) => stream.addr,
            Socket::Remote(remote) => remote.addr,
        }
    }

    fn kind(&self) -> SocketKind {
        match self {
            Socket::Listener(listener) => SocketKind::Listener {
                backlog: listener.backlog.len(),
                open: listener.open,
                acceptor_waiting: listener.acceptor.is_some(),
            },
            Socket::Stream(stream) => SocketKind::Stream {
                peer: stream.peer,
                buffered: stream.inbox.iter().copied().collect(),
                open: stream.open,
                peer_open: stream.peer_open,
                reader_waiting: stream.reader.is_some(),
            },
            Socket::Remote(remote) => SocketKind::WebSocket {
                state: remote.state.clone(),
                unread: remote.unread.len(),
                messages: remote.messages.iter().cloned().collect(),
                reader_waiting: remote.reader.is_some(),
                open: remote.open,
            },
        }
    }
}
