//! `TcpListener`: binds a loopback address and accepts connections. It must never block: accept
//! parks its waker until a client connects.

use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use super::{NetError, Network, SocketId, TcpStream};

/// Listens on a loopback address of the current executor's network until dropped.
pub struct TcpListener {
    network: Rc<Network>,
    id: SocketId,
}

impl TcpListener {
    /// Starts listening on `addr` (any text, such as `"127.0.0.1:8080"`).
    /// Fails with `AddrInUse` when another listener has it, or `NoExecutor` outside a task.
    pub fn bind(addr: &str) -> Result<TcpListener, NetError> {
        let network = Network::current()?;
        let id = network.state.borrow_mut().bind(addr)?;
        Ok(TcpListener { network, id })
    }

    /// This listener's socket number.
    pub fn socket_id(&self) -> SocketId {
        self.id
    }

    /// Waits for the next connection; Pending (with the waker parked) while none is waiting.
    pub fn async_accept(&self) -> Accept<'_> {
        Accept { listener: self }
    }
}

impl Drop for TcpListener {
    fn drop(&mut self) {
        self.network.state.borrow_mut().close_listener(self.id);
    }
}

/// The future returned by [`TcpListener::async_accept`].
#[must_use = "futures do nothing unless awaited"]
pub struct Accept<'a> {
    listener: &'a TcpListener,
}

impl Future for Accept<'_> {
    type Output = Result<TcpStream, NetError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let network = &self.listener.network;
        let accepted = network
            .state
            .borrow_mut()
            .poll_accept(self.listener.id, cx.waker());
        accepted.map(|ends| Ok(TcpStream::from_parts(Rc::clone(network), ends)))
    }
}
