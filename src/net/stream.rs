//! `TcpStream`: one end of a loopback connection, with non-blocking read and send futures. It
//! must never block or panic on a network condition: would-block parks the waker, failures are
//! `NetError` values, and dropping the stream closes it.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::{NetError, Network, SocketId};

/// One end of a connection: on the loopback, or to a real server when the executor has a
/// transport and the address is a `ws://` or `wss://` URL. Dropping it closes this end.
pub struct TcpStream {
    network: Rc<Network>,
    id: SocketId,
    /// The other end, which never changes, kept here so that a send looks up one socket; `None`
    /// for a remote connection, whose other end is the server.
    peer: Option<SocketId>,
}

impl TcpStream {
    /// Connects to the listener on `addr` in the current executor's network. The connection is
    /// established at once; the server sees it on its next `async_accept`.
    /// Fails with `ConnectionRefused` when nobody listens there, or `NoExecutor` outside a task.
    /// With a transport installed, a `ws://` or `wss://` address is dialled for real instead: the
    /// stream starts connecting, sends wait until it is open, and a refused connection is the
    /// error of the first read or send.
    pub fn connect(addr: &str) -> Result<TcpStream, NetError> {
        let network = Network::current()?;
        let mut net = network.state.borrow_mut();
        let (id, peer) = if let Some(transport) = net.remote_transport(addr) {
            (net.connect_remote(&*transport, addr)?, None)
        } else {
            let (id, peer) = net.connect(addr)?;
            (id, Some(peer))
        };
        drop(net);
        Ok(TcpStream { network, id, peer })
    }

    pub(super) fn from_parts(network: Rc<Network>, (id, peer): (SocketId, SocketId)) -> Self {
        TcpStream {
            network,
            id,
            peer: Some(peer),
        }
    }

    /// This end's socket number.
    pub fn socket_id(&self) -> SocketId {
        self.id
    }

    /// Reads every byte buffered now; Pending while none is and the peer is open. An empty
    /// vector means end of file: the peer closed and everything it sent has been read.
    pub fn async_read(&self) -> ReadBytes<'_> {
        ReadBytes { stream: self }
    }

    /// Sends all of `data`, waiting (Pending) whenever the peer's buffer is full, and returns how
    /// many bytes were sent. Fails with `BrokenPipe` once the peer has closed.
    pub fn async_send<D: AsRef<[u8]> + Unpin>(&self, data: D) -> SendBytes<'_, D> {
        SendBytes {
            stream: self,
            data,
            sent: 0,
        }
    }
}

impl Drop for TcpStream {
    fn drop(&mut self) {
        let mut network = self.network.state.borrow_mut();
        match self.peer {
            Some(_) => network.close_stream(self.id),
            None => network.close_remote(self.id),
        }
    }
}

/// The future returned by [`TcpStream::async_read`].
#[must_use = "futures do nothing unless awaited"]
pub struct ReadBytes<'a> {
    stream: &'a TcpStream,
}

impl Future for ReadBytes<'_> {
    type Output = Result<Vec<u8>, NetError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let stream = self.stream;
        let mut network = stream.network.state.borrow_mut();
        match stream.peer {
            Some(_) => network.poll_read(stream.id, cx.waker()).map(Ok),
            None => network.poll_remote_read(stream.id, cx.waker()),
        }
    }
}

/// The future returned by [`TcpStream::async_send`].
#[must_use = "futures do nothing unless awaited"]
pub struct SendBytes<'a, D> {
    stream: &'a TcpStream,
    data: D,
    sent: usize,
}

impl<D: AsRef<[u8]> + Unpin> Future for SendBytes<'_, D> {
    type Output = Result<usize, NetError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let stream = self.stream;
        loop {
            let rest = &self.data.as_ref()[self.sent..];
            if rest.is_empty() && self.sent > 0 {
                return Poll::Ready(Ok(self.sent));
            }
            let mut network = stream.network.state.borrow_mut();
            let Some(peer) = stream.peer else {
                return network.poll_remote_send(stream.id, rest, cx.waker());
            };
            match network.poll_send((stream.id, peer), rest, cx.waker()) {
                Poll::Ready(Ok(0)) => return Poll::Ready(Ok(self.sent)),
                Poll::Ready(Ok(sent)) => self.sent += sent,
                other => return other,
            }
        }
    }
}
