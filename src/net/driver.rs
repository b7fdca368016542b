//! The network as a driver beside the executor, as a reactor sits beside a scheduler: each
//! executor gets its own network the first time a program binds or connects (or when the page
//! sets one up first), the executor asks it at every tick to take in what remote servers sent,
//! and its events reach the trace as driver records. It must never reach into the executor but
//! through `executor::driver`, and never keep anything across runs: each executor has its own.

use std::cell::RefCell;
use std::rc::Rc;

use super::event::{self, NetEvent};
use super::network::NetworkState;
use super::{IoOp, NetError, NetworkFailure, SocketSnapshot, Transport};
use crate::executor::driver::{self, Driver, DriverEvent, DriverRecord};
use crate::executor::{TaskId, TaskLabel};

/// The sockets of one executor, loopback and remote, and what they did.
#[derive(Default)]
pub struct Network {
    pub(super) state: RefCell<NetworkState>,
    /// Failed operations, kept even when tracing is off, for the lanes of the tasks that
    /// attempted them.
    failures: RefCell<Vec<NetworkFailure>>,
    /// The errors of failed operations in the trace, which records only their index here.
    traced_errors: RefCell<Vec<NetError>>,
}

impl Network {
    /// The network of the running executor, or the error saying there is none.
    pub(super) fn current() -> Result<Rc<Network>, NetError> {
        driver::current::<Network>().ok_or(NetError::NoExecutor)
    }

    /// Sets how many bytes a loopback socket buffers before `async_send` must wait.
    pub fn set_buffer_limit(&self, bytes: usize) {
        self.state.borrow_mut().set_buffer_limit(bytes);
    }

    /// Sends connections to `ws://` and `wss://` addresses through `transport` (the browser's
    /// WebSocket) instead of the loopback. Without one, every address stays on the loopback.
    pub fn set_transport(&self, transport: Rc<dyn Transport>) {
        self.state.borrow_mut().set_transport(transport);
    }

    /// The sockets and their buffered bytes, for the Network view.
    pub fn sockets(&self) -> Vec<SocketSnapshot> {
        self.state.borrow().snapshot()
    }

    /// Whether the program dialled a real server: its events then arrive in wall-clock time.
    pub fn has_remote_connections(&self) -> bool {
        self.state.borrow().has_remotes()
    }

    /// Every network operation that failed so far, recorded even when tracing is off.
    pub fn failures(&self) -> Vec<NetworkFailure> {
        self.failures.borrow().clone()
    }

    /// Keeps a failed operation of the task being polled.
    pub(super) fn note_failure(&self, op: IoOp, error: &NetError) {
        self.failures.borrow_mut().push(NetworkFailure {
            task: driver::current_task_label(),
            op,
            error: error.clone(),
        });
    }

    /// Keeps the error of a traced failure and gives the index its record stores.
    pub(super) fn keep_traced_error(&self, error: NetError) -> u32 {
        let mut errors = self.traced_errors.borrow_mut();
        errors.push(error);
        u32::try_from(errors.len() - 1).unwrap_or(u32::MAX)
    }
}

impl Driver for Network {
    fn noun(&self) -> &'static str {
        "socket"
    }

    fn take_arrivals(&self) {
        self.state.borrow_mut().pump_remote();
    }

    fn awaits_arrivals(&self) -> bool {
        self.state.borrow().awaits_remote()
    }

    fn event(
        &self,
        record: DriverRecord,
        task: &dyn Fn(TaskId) -> TaskLabel,
    ) -> Rc<dyn DriverEvent> {
        let error = |index: u32| match self.traced_errors.borrow().get(index as usize) {
            Some(error) => error.clone(),
            None => unreachable!("a failed operation's record points at its error"),
        };
        let event: NetEvent = event::event(record, task, error);
        Rc::new(event)
    }
}
