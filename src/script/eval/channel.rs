//! futures' channels as interpreter values: `mpsc` (bounded and unbounded) and `oneshot`. The
//! crate's own channel types carry the program's values, so capacity and backpressure, the
//! order in which parked senders and receivers are woken, and the end of a stream once every
//! sender is gone are futures' own. A send future is futures' `Send` (ready, start, flush) over
//! the crate's `Sink` methods, polled each time with the executor's real `Context`; those
//! methods can also be called by hand (`poll_ready`, `start_send`, ...), and a sender moved into
//! a `SinkExt` adapter (`stream/sinks.rs`) or `sink::drain()` is a sink end of its own. It must
//! never hold a borrow of a channel end across a poll, and never block the thread.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::channel::{mpsc, oneshot};
use futures::{Sink, SinkExt, Stream};

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
    /// A sink that futures' `SinkExt` adapters made (`with`, `with_flat_map`, `drain`), its
    /// errors as values.
    Sink(Pin<Box<dyn Sink<Value, Error = Value>>>),
    /// A sender that an adapter took (`tx.with(..)` moves `tx`).
    Moved,
}

/// A channel end as `{:?}` (or, `pretty`, `{:#?}`) prints it: the crate's own `Debug`;
/// `None` for a sink an adapter made, whose type a program cannot print either.
pub fn debug_text(end: &Rc<RefCell<ChannelEnd>>, pretty: bool) -> Option<String> {
    let state = end.try_borrow().ok()?;
    let show = |value: &dyn std::fmt::Debug| match pretty {
        true => format!("{value:#?}"),
        false => format!("{value:?}"),
    };
    Some(match &*state {
        ChannelEnd::Sender(tx) => show(tx),
        ChannelEnd::UnboundedSender(tx) => show(tx),
        ChannelEnd::Receiver(rx) => show(rx),
        ChannelEnd::UnboundedReceiver(rx) => show(rx),
        ChannelEnd::OneshotSender(Some(tx)) => show(tx),
        ChannelEnd::OneshotReceiver(rx) => show(rx),
        ChannelEnd::OneshotSender(None) | ChannelEnd::Sink(_) | ChannelEnd::Moved => return None,
    })
}

/// An error value of the futures crate or of std's `mpsc`, printed as each prints it.
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
    /// std's `SendError`: the receiver is gone.
    StdSend,
    /// std's `TrySendError::Full` of a full `sync_channel`.
    StdTrySendFull,
    /// std's `TrySendError::Disconnected`.
    StdTrySendDisconnected,
    /// std's `RecvError`: every sender is gone.
    StdRecv,
    /// std's `TryRecvError::Empty`.
    StdTryRecvEmpty,
    /// std's `TryRecvError::Disconnected`.
    StdTryRecvDisconnected,
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
            ChannelError::StdSend | ChannelError::StdTrySendDisconnected => {
                "sending on a closed channel"
            }
            ChannelError::StdTrySendFull => "sending on a full channel",
            ChannelError::StdRecv | ChannelError::StdTryRecvDisconnected => {
                "receiving on a closed channel"
            }
            ChannelError::StdTryRecvEmpty => "receiving on an empty channel",
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
            ChannelError::StdSend => "SendError { .. }",
            ChannelError::StdTrySendFull => "TrySendError::Full(..)",
            ChannelError::StdTrySendDisconnected => "TrySendError::Disconnected(..)",
            ChannelError::StdRecv => "RecvError",
            ChannelError::StdTryRecvEmpty => "Empty",
            ChannelError::StdTryRecvDisconnected => "Disconnected",
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
            ChannelError::StdSend => "SendError",
            ChannelError::StdTrySendFull | ChannelError::StdTrySendDisconnected => "TrySendError",
            ChannelError::StdRecv => "RecvError",
            ChannelError::StdTryRecvEmpty | ChannelError::StdTryRecvDisconnected => "TryRecvError",
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
    if matches!(name, "send" | "feed") && is_sink(channel) {
        return Ok(Some(super::natives::native_future(SendFuture {
            channel: Rc::clone(channel),
            item: Some(arg()),
            flush: name == "send",
        })));
    }
    let mut state = channel
        .try_borrow_mut()
        .map_err(|_| "a channel end was used while it was already in use")?;
    if let Some(called) = sink_method(&mut state, name, &mut arg) {
        return called.map(Some);
    }
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
        (ChannelEnd::Receiver(rx), "poll_next" | "poll_next_unpin") => {
            next_polled(Pin::new(rx).poll_next(&mut Context::from_waker(&waker(name, &arg())?)))
        }
        (ChannelEnd::UnboundedReceiver(rx), "poll_next" | "poll_next_unpin") => {
            next_polled(Pin::new(rx).poll_next(&mut Context::from_waker(&waker(name, &arg())?)))
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

/// Whether `channel` is a sink: an `mpsc` sender or what a `SinkExt` adapter made.
fn is_sink(channel: &Rc<RefCell<ChannelEnd>>) -> bool {
    channel.try_borrow().is_ok_and(|state| {
        matches!(
            &*state,
            ChannelEnd::Sender(_) | ChannelEnd::UnboundedSender(_) | ChannelEnd::Sink(_)
        )
    })
}

/// A send error of futures' channels as the value the program sees.
fn error_value(error: mpsc::SendError) -> Value {
    Value::ChannelError(send_error(&error))
}

/// Calls `f` with the end as a `Sink` whose errors are values; `None` when it is no sink.
fn with_sink<T>(
    state: &mut ChannelEnd,
    f: impl FnOnce(Pin<&mut dyn Sink<Value, Error = Value>>) -> T,
) -> Option<T> {
    let to_value = error_value as fn(mpsc::SendError) -> Value;
    Some(match state {
        ChannelEnd::Sender(tx) => {
            f(Pin::new(&mut tx.sink_map_err(to_value)) as Pin<&mut dyn Sink<_, Error = _>>)
        }
        ChannelEnd::UnboundedSender(tx) => {
            f(Pin::new(&mut tx.sink_map_err(to_value)) as Pin<&mut dyn Sink<_, Error = _>>)
        }
        ChannelEnd::Sink(sink) => f(sink.as_mut()),
        _ => return None,
    })
}

/// Takes a sink out of its end for an adapter to own (`tx.with(..)` moves `tx`), leaving the
/// end `Moved`; `None`, and the end untouched, when it is no sink.
pub fn take_sink(
    channel: &Rc<RefCell<ChannelEnd>>,
) -> Option<Pin<Box<dyn Sink<Value, Error = Value>>>> {
    let mut state = channel.try_borrow_mut().ok()?;
    let to_value = error_value as fn(mpsc::SendError) -> Value;
    let sink: Pin<Box<dyn Sink<Value, Error = Value>>> =
        match std::mem::replace(&mut *state, ChannelEnd::Moved) {
            ChannelEnd::Sender(tx) => Box::pin(tx.sink_map_err(to_value)),
            ChannelEnd::UnboundedSender(tx) => Box::pin(tx.sink_map_err(to_value)),
            ChannelEnd::Sink(sink) => sink,
            other => {
                *state = other;
                return None;
            }
        };
    Some(sink)
}

/// `sink::drain()`, as a sink end.
pub fn drain() -> Value {
    sink_end(Box::pin(
        futures::sink::drain().sink_map_err(|never| match never {}),
    ))
}

/// The end that an adapter's sink is.
pub fn sink_end(sink: Pin<Box<dyn Sink<Value, Error = Value>>>) -> Value {
    end(ChannelEnd::Sink(sink))
}

/// `Sink`'s own methods called by hand (`poll_ready`, `start_send`, `poll_flush`,
/// `poll_close`), with the `Context` the program passes; `None` for another method or an end
/// that is no sink.
fn sink_method(
    state: &mut ChannelEnd,
    name: &str,
    arg: &mut dyn FnMut() -> Value,
) -> Option<Result<Value, Fault>> {
    if !matches!(
        name,
        "poll_ready" | "start_send" | "poll_flush" | "poll_close"
    ) {
        return None;
    }
    let arg = arg();
    let polled = |poll: Poll<Result<(), Value>>| match poll {
        Poll::Ready(outcome) => Value::variant(Tag::Ready, vec![sink_result(outcome)]),
        Poll::Pending => Value::variant(Tag::Pending, Vec::new()),
    };
    with_sink(state, |sink| {
        if name == "start_send" {
            return Ok(sink_result(sink.start_send(arg)));
        }
        let waker = waker(name, &arg)?;
        let mut cx = Context::from_waker(&waker);
        Ok(polled(match name {
            "poll_ready" => sink.poll_ready(&mut cx),
            "poll_flush" => sink.poll_flush(&mut cx),
            _ => sink.poll_close(&mut cx),
        }))
    })
}

/// The waker of the `&mut Context` that method `name` was given.
fn waker(name: &str, cx: &Value) -> Result<std::task::Waker, Fault> {
    match cx {
        Value::Context(waker) | Value::Waker(waker) => Ok(waker.clone()),
        other => Err(format!(
            "`{name}` needs a `&mut Context`, found {}",
            other.type_name()
        )
        .into()),
    }
}

/// `Stream::poll_next`'s outcome as a value.
fn next_polled(poll: Poll<Option<Value>>) -> Value {
    match poll {
        Poll::Ready(item) => Value::variant(Tag::Ready, vec![Value::option(item)]),
        Poll::Pending => Value::variant(Tag::Pending, Vec::new()),
    }
}

/// A sink's `Result<(), E>` as a value.
fn sink_result(outcome: Result<(), Value>) -> Value {
    match outcome {
        Ok(()) => Value::variant(Tag::Ok, vec![Value::Unit]),
        Err(error) => Value::variant(Tag::Err, vec![error]),
    }
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
        let disconnected = || Poll::Ready(result(Err(ChannelError::Disconnected)));
        let Ok(mut state) = this.channel.try_borrow_mut() else {
            return disconnected();
        };
        let (item, flush) = (&mut this.item, this.flush);
        with_sink(&mut state, |sink| {
            send_step(sink, item, flush, cx).map(sink_result)
        })
        .unwrap_or_else(disconnected)
    }
}

/// One poll of futures' `Send`/`Feed` over a sink of values.
fn send_step(
    mut sink: Pin<&mut dyn Sink<Value, Error = Value>>,
    item: &mut Option<Value>,
    flush: bool,
    cx: &mut Context<'_>,
) -> Poll<Result<(), Value>> {
    if item.is_some() {
        match sink.as_mut().poll_ready(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(Err(error)) => return Poll::Ready(Err(error)),
            Poll::Ready(Ok(())) => {}
        }
        if let Some(value) = item.take() {
            sink.as_mut().start_send(value)?;
        }
    }
    if !flush {
        return Poll::Ready(Ok(()));
    }
    sink.poll_flush(cx)
}
