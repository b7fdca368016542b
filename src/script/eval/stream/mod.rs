//! Streams as interpreter values: what `poll_next` means for each kind of stream value (a
//! channel's receiver, a program type with `impl Stream`, the futures crate's sources and
//! combinators), and `StreamExt::next`. It must never poll a stream that is already being
//! polled, and never call a program's `poll_next` without the executor's real `Context`.
//!
//! Every source and combinator is the futures crate's own code (`stream::iter`, `unfold`,
//! `select`, `StreamExt::map`, `buffer_unordered`, `FuturesUnordered`, `FuturesOrdered`,
//! `SelectAll`, ...), run over interpreter values through `bridge.rs`, so polling order, wakes,
//! `FuturesUnordered`'s yield after 32 polls and `select`'s round robin are futures' own. Only
//! what must see inside interpreted code is the interpreter's: a program's `impl Stream`,
//! `next`/`select_next_some` (which `select!` skips by `is_terminated`), the conversion of
//! values to the crate's `Option`/`Result`/`Poll`, and `block_on_stream`, which cannot block
//! the page: it polls until the stream is ready and stops the run if nothing could wake it.
//! What the crate polls, it polls without slicing or pausing (see `bridge.rs`), so a long
//! computation inside a stream's future keeps its whole poll, as in a compiled program.

mod adapters;
mod bridge;
mod sinks;
mod sources;

use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::stream::{
    FusedStream, FuturesOrdered, FuturesUnordered, Peekable, SelectAll, StreamExt,
};

use super::channel;
use super::future::{future_value, FutureObj, Polled};
use super::value::{CellObj, Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::stack::StackGuard;

pub use self::adapters::{
    collect, flatten_stream, into_stream, is_stream_method, map_ok_or_else, method, never_error,
    remote_handle,
};
pub use self::bridge::take_fault;
pub use self::sinks::{is_sink_adapter, sink_adapter};
pub use self::sources::SMALL_JOIN;
pub use self::sources::{
    blocking_item, call, collect_futures, join_all_ordered, FuturesCollection, StreamFn,
};

/// A stream the futures crate runs: the state behind a stream value.
pub enum StreamObj {
    /// A source or combinator of the crate, seen only through `Stream` and `FusedStream`.
    Crate(Pin<Box<dyn FusedStream<Item = Value>>>),
    /// `FuturesUnordered`, which the program also pushes to.
    Unordered(FuturesUnordered<bridge::ValueFuture>),
    /// `FuturesOrdered`, which the program also pushes to.
    Ordered(FuturesOrdered<bridge::ValueFuture>),
    /// `SelectAll`, which the program also pushes to.
    SelectAll(SelectAll<bridge::ValueStream>),
    /// `StreamExt::peekable`, which the program also peeks into. Each item waits in a slot of
    /// its own, so that what the program writes through `peek_mut` is the item it gets next.
    Peekable(Peekable<PeekSlots>),
    /// `futures::executor::block_on_stream`: an iterator, whose `next` blocks.
    Blocking(bridge::ValueStream),
    /// `future::poll_immediate`: a stream of polls, and a future of one poll.
    PollImmediate(sources::PollsOf),
    /// `stream::abortable`, which the program also asks `is_aborted`.
    Abortable(futures::stream::Abortable<bridge::ValueStream>),
}

impl StreamObj {
    fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        match self {
            StreamObj::Crate(stream) => stream.as_mut().poll_next(cx),
            StreamObj::Unordered(stream) => stream.poll_next_unpin(cx),
            StreamObj::Ordered(stream) => stream.poll_next_unpin(cx),
            StreamObj::SelectAll(stream) => stream.poll_next_unpin(cx),
            StreamObj::Peekable(stream) => (stream.poll_next_unpin(cx))
                .map(|slot| slot.map(|slot| slot.value.borrow().clone())),
            StreamObj::Blocking(stream) => stream.poll_next_unpin(cx),
            StreamObj::PollImmediate(stream) => stream.poll_next_unpin(cx),
            StreamObj::Abortable(stream) => stream.poll_next_unpin(cx),
        }
    }

    fn is_terminated(&self) -> bool {
        match self {
            StreamObj::Crate(stream) => stream.is_terminated(),
            StreamObj::Unordered(stream) => stream.is_terminated(),
            StreamObj::Ordered(stream) => stream.is_terminated(),
            StreamObj::SelectAll(stream) => stream.is_terminated(),
            StreamObj::Peekable(stream) => stream.is_terminated(),
            StreamObj::Blocking(stream) => stream.is_terminated(),
            StreamObj::PollImmediate(stream) => stream.is_terminated(),
            // futures' `Abortable` stream is no `FusedStream`: nothing can ask.
            StreamObj::Abortable(_) => false,
        }
    }
}

/// The items of a stream, each in a slot that `Peekable::peek_mut` can give a view of.
pub type PeekSlots = futures::stream::Map<bridge::ValueStream, fn(Value) -> Rc<CellObj>>;

/// Whether `value` is `block_on_stream`'s iterator, which is no stream to the program.
pub fn is_blocking(value: &Value) -> bool {
    match value {
        Value::AsyncStream(obj) => obj
            .try_borrow()
            .is_ok_and(|obj| matches!(*obj, StreamObj::Blocking(_))),
        _ => false,
    }
}

/// Wraps a stream state as a value.
pub fn stream_value(state: StreamObj) -> Value {
    Value::AsyncStream(Rc::new(RefCell::new(state)))
}

/// Polls `stream` for its next item: `Polled::Ready` holds `Some(item)` or `None` at its end.
pub fn poll_next(stream: &Value, env: &mut Env<'_, '_>) -> Result<Polled, Fault> {
    // A stream adapting another polls it from inside its own poll, as compiled code does.
    let _guard = StackGuard::enter()?;
    match stream {
        Value::Channel(end) => match channel::poll_next(end, env.cx)? {
            Some(Poll::Ready(item)) => Ok(Polled::Ready(Value::option(item))),
            Some(Poll::Pending) => Ok(Polled::Pending),
            None => Err(not_a_stream(stream)),
        },
        Value::AsyncStream(obj) => {
            let polled = obj
                .try_borrow_mut()
                .map_err(|_| "a stream was polled while it was already being polled")?
                .poll_next(env.cx);
            take_fault()?;
            Ok(match polled {
                Poll::Ready(item) => Polled::Ready(Value::option(item)),
                Poll::Pending => Polled::Pending,
            })
        }
        Value::Rc(_) | Value::Guard(_) => poll_next(&stream.deref(), env),
        _ => match env
            .shared
            .program
            .trait_method(stream, "Stream", "poll_next")
        {
            Some(poll_next) => {
                let cx = Value::Context(env.cx.waker().clone());
                let polled = call_sync(env, &Value::Func(poll_next), vec![stream.clone(), cx])?;
                super::future::from_poll(&polled)
            }
            None => Err(not_a_stream(stream)),
        },
    }
}

/// Polls a stream value that is also a future (`future::poll_immediate(f).await`); `None`
/// when it is not one.
pub fn poll_as_future(
    obj: &Rc<RefCell<StreamObj>>,
    env: &mut Env<'_, '_>,
) -> Result<Option<Value>, Fault> {
    let mut state = obj
        .try_borrow_mut()
        .map_err(|_| "a future was polled while it was already being polled")?;
    let StreamObj::PollImmediate(polls) = &mut *state else {
        return Ok(None);
    };
    let output = polls.poll_once(env.cx);
    drop(state);
    take_fault()?;
    Ok(Some(output))
}

/// Whether `stream` has ended for good (futures' `FusedStream::is_terminated`).
pub fn is_terminated(stream: &Value) -> bool {
    match stream {
        Value::Channel(end) => channel::is_terminated(end),
        Value::AsyncStream(obj) => obj.try_borrow().is_ok_and(|obj| obj.is_terminated()),
        Value::Rc(_) | Value::Guard(_) => is_terminated(&stream.deref()),
        _ => false,
    }
}

fn not_a_stream(value: &Value) -> Fault {
    format!(
        "`{}` is not a stream in the playground: it has no `impl Stream`",
        value.type_name()
    )
    .into()
}

/// `StreamExt::next` (`some_only: false`) or `select_next_some` (`true`) of `stream`.
fn next_future(stream: Value, some_only: bool) -> Value {
    future_value(FutureObj::Next { stream, some_only })
}

/// The payload of `Some(item)`, or `None` for `None`.
pub fn some_item(value: &Value) -> Option<Value> {
    let v = value.as_variant()?;
    (v.tag == Tag::Some).then(|| v.fields.first().cloned().unwrap_or(Value::Unit))
}
