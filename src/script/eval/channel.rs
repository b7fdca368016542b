//! futures' channels as interpreter values: `mpsc` (bounded and unbounded) and `oneshot`. The
//! crate's own channel types carry the program's values, so capacity and backpressure, the
//! order in which parked senders and receivers are woken, and the end of a stream once every
//! sender is gone are futures' own. A send future is futures' `Send` (ready, start, flush) over
//! the crate's `Sink` methods, polled each time with the executor's real `Context`. It must
//! never hold a borrow of a channel end across a poll, and never block the thread.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::channel::{mpsc, oneshot};
use futures::{Sink, Stream};

use super::value::{Tag, Value};
use super::vm::Fault;

/// One end of a channel.
pub enum ChannelEnd {
    /// `mpsc::Sender`
    Sender(mpsc::Sender<Value>),
    /// `mpsc::UnboundedSender`
    UnboundedSender(mpsc::UnboundedSender<Value>),
    /// `mpsc::Receiver`
    Receiver(mpsc::Receiver<Value>),
    /// `mpsc::UnboundedReceiver`
    UnboundedReceiver(mpsc::UnboundedReceiver<Value>),
    /// `oneshot::Sender`, until its one `send` consumes it.
    OneshotSender(Option<oneshot::Sender<Value>>),
    /// `oneshot::Receiver`, itself the future of the value.
    OneshotReceiver(oneshot::Receiver<Value>),
}

/// An error value of the futures crate, printed as the crate prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelError {
    /// `SendError` of a disconnected channel.
    Disconnected,
    /// `SendError` of a full bounded channel.
    Full,
    /// `TrySendError` of a disconnected channel (the value is dropped with it).
    TryDisconnected,
    /// `TrySendError` of a full channel.
    TryFull,
    /// `oneshot::Canceled`: the sender was dropped without sending.
    Canceled,
    /// `TryRecvError::Empty`: nothing to receive yet.
    TryRecvEmpty,
    /// `TryRecvError::Closed`: nothing to receive, ever.
    TryRecvClosed,
}

impl ChannelError {
    /// What `{}` prints.
    pub fn message(self) -> &'static str {
        match self {
            ChannelError::Disconnected | ChannelError::TryDisconnected => {
                "send failed because receiver is gone"
            }
            ChannelError::Full | ChannelError::TryFull => "send failed because channel is full",
            ChannelError::Canceled => "oneshot canceled",
            ChannelError::TryRecvEmpty => "receive failed because channel is empty",
            ChannelError::TryRecvClosed => "receive failed because channel is closed",
        }
    }

    /// What `{:?}` prints.
    pub fn debug_text(self) -> &'static str {
        match self {
            ChannelError::Disconnected => "SendError { kind: Disconnected }",
            ChannelError::Full => "SendError { kind: Full }",
            ChannelError::TryDisconnected => "TrySendError { kind: Disconnected }",
            ChannelError::TryFull => "TrySendError { kind: Full }",
            ChannelError::Canceled => "Canceled",
            ChannelError::TryRecvEmpty => "Empty",
            ChannelError::TryRecvClosed => "Closed",
        }
    }

    /// Calls method `name` of the error: `is_full`, `is_disconnected`, `is_empty`, ...
    pub fn method(self, name: &str) -> Option<Value> {
        use ChannelError::*;
        Some(Value::Bool(match name {
            "is_full" => matches!(self, Full | TryFull),
            "is_disconnected" => matches!(self, Disconnected | TryDisconnected),
            "is_empty" => self == TryRecvEmpty,
            "is_closed" => self == TryRecvClosed,
            _ => return None,
        }))
    }

    /// The type's name, for error messages.
    pub fn type_name(self) -> &'static str {
        match self {
            ChannelError::Disconnected | ChannelError::Full => "SendError",
            ChannelError::TryDisconnected | ChannelError::TryFull => "TrySendError",
            ChannelError::Canceled => "Canceled",
            ChannelError::TryRecvEmpty | ChannelError::TryRecvClosed => "TryRecvError",
        }
    }
}

fn end(end: ChannelEnd) -> Value {
    Value::Channel(Rc::new(RefCell::new(end)))
}

fn pair(sender: ChannelEnd, receiver: ChannelEnd) -> Value {
    Value::Tuple(vec![end(sender), end(receiver)].into())
}

/// `mpsc::channel(buffer)`: a sender and a receiver.
pub fn bounded(buffer: usize) -> Value {
    let (tx, rx) = mpsc::channel(buffer);
    pair(ChannelEnd::Sender(tx), ChannelEnd::Receiver(rx))
}

/// `mpsc::unbounded()`
pub fn unbounded() -> Value {
    let (tx, rx) = mpsc::unbounded();
    pair(
        ChannelEnd::UnboundedSender(tx),
        ChannelEnd::UnboundedReceiver(rx),
    )
}

/// `oneshot::channel()`
pub fn oneshot() -> Value {
    let (tx, rx) = oneshot::channel();
    pair(
        ChannelEnd::OneshotSender(Some(tx)),
        ChannelEnd::OneshotReceiver(rx),
    )
}

fn result(outcome: Result<Value, ChannelError>) -> Value {
    match outcome {
        Ok(value) => Value::variant(Tag::Ok, vec![value]),
        Err(error) => Value::variant(Tag::Err, vec![Value::ChannelError(error)]),
    }
}

fn send_error(error: &mpsc::SendError) -> ChannelError {
    if error.is_full() {
        ChannelError::Full
    } else {
        ChannelError::Disconnected
    }
}

fn try_send_error<T>(error: &mpsc::TrySendError<T>) -> ChannelError {
    if error.is_full() {
        ChannelError::TryFull
    } else {
        ChannelError::TryDisconnected
    }
}

/// Calls method `name` on a channel end; `None` when the end has no such method.
pub fn method(
    channel: &Rc<RefCell<ChannelEnd>>,
    name: &str,
    args: Vec<Value>,
) -> Result<Option<Value>, Fault> {
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or(Value::Unit);
    if matches!(name, "send" | "feed") && is_mpsc_sender(channel) {
        return Ok(Some(super::natives::native_future(SendFuture {
            channel: Rc::clone(channel),
            item: Some(arg()),
            flush: name == "send",
        })));
    }
    let mut state = channel
        .try_borrow_mut()
        .map_err(|_| "a channel end was used while it was already in use")?;
    Ok(Some(match (&mut *state, name) {
        (ChannelEnd::Sender(tx), "clone") => end(ChannelEnd::Sender(tx.clone())),
        (ChannelEnd::UnboundedSender(tx), "clone") => end(ChannelEnd::UnboundedSender(tx.clone())),
        (ChannelEnd::Sender(tx), "try_send") => result(
            tx.try_send(arg())
                .map(|()| Value::Unit)
                .map_err(|e| try_send_error(&e)),
        ),
        (ChannelEnd::UnboundedSender(tx), "unbounded_send") => result(
            tx.unbounded_send(arg())
                .map(|()| Value::Unit)
                .map_err(|e| try_send_error(&e)),
        ),
        (ChannelEnd::Sender(tx), "close_channel") => {
            tx.close_channel();
            Value::Unit
        }
        (ChannelEnd::UnboundedSender(tx), "close_channel") => {
            tx.close_channel();
            Value::Unit
        }
        (ChannelEnd::Sender(tx), "disconnect") => {
            tx.disconnect();
            Value::Unit
        }
        (ChannelEnd::UnboundedSender(tx), "disconnect") => {
            tx.disconnect();
            Value::Unit
        }
        (ChannelEnd::Sender(tx), "is_closed") => Value::Bool(tx.is_closed()),
        (ChannelEnd::UnboundedSender(tx), "is_closed") => Value::Bool(tx.is_closed()),
        (ChannelEnd::Receiver(rx), "close") => {
            rx.close();
            Value::Unit
        }
        (ChannelEnd::UnboundedReceiver(rx), "close") => {
            rx.close();
            Value::Unit
        }
        (ChannelEnd::Receiver(rx), "try_recv" | "try_next") => try_recv(rx.try_recv(), name),
        (ChannelEnd::UnboundedReceiver(rx), "try_recv" | "try_next") => {
            try_recv(rx.try_recv(), name)
        }
        (ChannelEnd::OneshotSender(tx), "send") => {
            let sender = tx
                .take()
                .ok_or("a oneshot sender was used after its `send`")?;
            match sender.send(arg()) {
                Ok(()) => Value::variant(Tag::Ok, vec![Value::Unit]),
                Err(value) => Value::variant(Tag::Err, vec![value]),
            }
        }
        (ChannelEnd::OneshotSender(tx), "is_canceled") => {
            Value::Bool(tx.as_ref().is_none_or(oneshot::Sender::is_canceled))
        }
        (ChannelEnd::OneshotReceiver(rx), "close") => {
            rx.close();
            Value::Unit
        }
        (ChannelEnd::OneshotReceiver(rx), "try_recv") => result(
            rx.try_recv()
                .map(Value::option)
                .map_err(|_| ChannelError::Canceled),
        ),
        _ => return Ok(None),
    }))
}

/// Whether `channel` is a oneshot receiver, itself a future (`rx.fuse()`, `rx.map(..)`).
pub fn is_oneshot_receiver(channel: &Rc<RefCell<ChannelEnd>>) -> bool {
    (channel.try_borrow()).is_ok_and(|state| matches!(&*state, ChannelEnd::OneshotReceiver(_)))
}

fn is_mpsc_sender(channel: &Rc<RefCell<ChannelEnd>>) -> bool {
    channel.try_borrow().is_ok_and(|state| {
        matches!(
            &*state,
            ChannelEnd::Sender(_) | ChannelEnd::UnboundedSender(_)
        )
    })
}

/// `try_recv`'s outcome, or the deprecated `try_next`'s, which gives `Ok(None)` when closed.
fn try_recv(outcome: Result<Value, mpsc::TryRecvError>, name: &str) -> Value {
    let next = name == "try_next";
    result(match outcome {
        Ok(value) if next => Ok(Value::option(Some(value))),
        Ok(value) => Ok(value),
        Err(mpsc::TryRecvError::Closed) if next => Ok(Value::option(None)),
        Err(mpsc::TryRecvError::Closed) => Err(ChannelError::TryRecvClosed),
        Err(mpsc::TryRecvError::Empty) => Err(ChannelError::TryRecvEmpty),
    })
}

/// Polls a receiver for its next value, as `Stream::poll_next` (`None` once every sender is
/// gone and the buffer is empty); `None` when `channel` is no receiver.
pub fn poll_next(
    channel: &Rc<RefCell<ChannelEnd>>,
    cx: &mut Context<'_>,
) -> Result<Option<Poll<Option<Value>>>, Fault> {
    let mut state = channel
        .try_borrow_mut()
        .map_err(|_| "a receiver was polled while it was already in use")?;
    Ok(match &mut *state {
        ChannelEnd::Receiver(rx) => Some(Pin::new(rx).poll_next(cx)),
        ChannelEnd::UnboundedReceiver(rx) => Some(Pin::new(rx).poll_next(cx)),
        _ => None,
    })
}

/// Polls a oneshot receiver, which is itself a future of `Result<T, Canceled>`; `None` when
/// `channel` is no oneshot receiver.
pub fn poll_oneshot(
    channel: &Rc<RefCell<ChannelEnd>>,
    cx: &mut Context<'_>,
) -> Result<Option<Poll<Value>>, Fault> {
    let mut state = channel
        .try_borrow_mut()
        .map_err(|_| "a receiver was polled while it was already in use")?;
    let ChannelEnd::OneshotReceiver(rx) = &mut *state else {
        return Ok(None);
    };
    Ok(Some(Pin::new(rx).poll(cx).map(|outcome| {
        result(outcome.map_err(|oneshot::Canceled| ChannelError::Canceled))
    })))
}

/// Whether a receiver's stream has ended (futures' `FusedStream::is_terminated`).
pub fn is_terminated(channel: &Rc<RefCell<ChannelEnd>>) -> bool {
    use futures::stream::FusedStream;
    channel.try_borrow().is_ok_and(|state| match &*state {
        ChannelEnd::Receiver(rx) => rx.is_terminated(),
        ChannelEnd::UnboundedReceiver(rx) => rx.is_terminated(),
        _ => false,
    })
}

/// `SinkExt::send` (`flush: true`) and `SinkExt::feed`: futures' `Send` and `Feed` over a
/// sender: wait until it is ready, start the send, then wait for the flush.
struct SendFuture {
    channel: Rc<RefCell<ChannelEnd>>,
    item: Option<Value>,
    flush: bool,
}

impl Future for SendFuture {
    type Output = Value;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Value> {
        let this = self.get_mut();
        let Ok(mut state) = this.channel.try_borrow_mut() else {
            return Poll::Ready(result(Err(ChannelError::Disconnected)));
        };
        let outcome = match &mut *state {
            ChannelEnd::Sender(tx) => send_step(Pin::new(tx), &mut this.item, this.flush, cx),
            ChannelEnd::UnboundedSender(tx) => {
                send_step(Pin::new(tx), &mut this.item, this.flush, cx)
            }
            _ => Poll::Ready(Err(ChannelError::Disconnected)),
        };
        outcome.map(|outcome| result(outcome.map(|()| Value::Unit)))
    }
}

/// One poll of futures' `Send`/`Feed` over a sink of values.
fn send_step<S: Sink<Value, Error = mpsc::SendError>>(
    mut sink: Pin<&mut S>,
    item: &mut Option<Value>,
    flush: bool,
    cx: &mut Context<'_>,
) -> Poll<Result<(), ChannelError>> {
    if item.is_some() {
        match sink.as_mut().poll_ready(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Err(error)) => return Poll::Ready(Err(send_error(&error))),
            Poll::Ready(Ok(())) => {}
        }
        if let Some(value) = item.take() {
            if let Err(error) = sink.as_mut().start_send(value) {
                return Poll::Ready(Err(send_error(&error)));
            }
        }
    }
    if !flush {
        return Poll::Ready(Ok(()));
    }
    sink.poll_flush(cx).map_err(|error| send_error(&error))
}
