//! The functions that make streams (`stream::iter`, `unfold`, `once`, `empty`, `repeat`,
//! `repeat_with`, `poll_fn`, `select`, `select_with_strategy`, `try_unfold`, `select_all`,
//! `FuturesUnordered::new`, `future::poll_immediate` (its stream of polls),
//! `stream::poll_immediate`, `stream::abortable`, `FuturesOrdered::new`, `SelectAll::new`), `block_on_stream`'s iterator, and `join_all` of
//! more futures than futures' small-join limit, each the crate's own code over bridged values.
//! It must never pull an iterator ahead of the stream's consumer, and never block the thread.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

use futures::future::{self, FutureExt};
use futures::stream::{
    self, FusedStream, FuturesOrdered, FuturesUnordered, PollNext, SelectAll, Stream, StreamExt,
};

use super::bridge::{run_quietly, Callback, ValueFuture, ValueStream};
use super::{stream_value, StreamObj};
use crate::script::eval::collections::{new_slot, view};
use crate::script::eval::future::from_poll;
use crate::script::eval::iter::{lazy_of, pull, Lazy};
use crate::script::eval::natives::native_future;
use crate::script::eval::ops::as_index;
use crate::script::eval::value::{deep_clone, Tag, Value};
use crate::script::eval::vm::Fault;
use crate::script::eval::{Env, Shared};
use crate::script::limits::Limit;

/// A function of the futures crate that makes a stream or an iterator over one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamFn {
    /// `stream::iter(items)`
    Iter,
    /// `stream::unfold(state, f)`
    Unfold,
    /// `stream::try_unfold(state, f)`
    TryUnfold,
    /// `stream::once(future)`
    Once,
    /// `stream::empty()`
    Empty,
    /// `stream::repeat(item)`
    Repeat,
    /// `stream::repeat_with(f)`
    RepeatWith,
    /// `stream::poll_fn(f)`
    PollFn,
    /// `stream::select(a, b)`
    Select,
    /// `stream::select_with_strategy(a, b, which_first)`
    SelectWithStrategy,
    /// `stream::select_all(streams)`
    SelectAll,
    /// `FuturesUnordered::new()`
    NewUnordered,
    /// `FuturesOrdered::new()`
    NewOrdered,
    /// `SelectAll::new()`
    NewSelectAll,
    /// `executor::block_on_stream(stream)`
    BlockOnStream,
    /// `future::poll_immediate(future)`, as the stream of its polls
    PollImmediate,
    /// `stream::poll_immediate(stream)`: each poll of the stream as a `Poll`
    PollsOfStream,
    /// `stream::abortable(stream)`: the stream that its `AbortHandle` can end
    Abortable,
    /// `FuturesUnordered::from_iter(futures)` and the like.
    FromIter(FuturesCollection),
}

impl StreamFn {
    /// The function a path's last two segments name (`("stream", "iter")`).
    pub fn from_path(owner: &str, name: &str) -> Option<StreamFn> {
        Some(match (owner, name) {
            ("stream", "iter") => StreamFn::Iter,
            ("stream", "unfold") => StreamFn::Unfold,
            ("stream", "try_unfold") => StreamFn::TryUnfold,
            ("stream", "once") => StreamFn::Once,
            ("stream", "empty") => StreamFn::Empty,
            ("stream", "repeat") => StreamFn::Repeat,
            ("stream", "repeat_with") => StreamFn::RepeatWith,
            ("stream", "poll_fn") => StreamFn::PollFn,
            ("stream", "select") => StreamFn::Select,
            ("stream", "select_with_strategy") => StreamFn::SelectWithStrategy,
            ("stream", "select_all") => StreamFn::SelectAll,
            ("FuturesUnordered", "new") => StreamFn::NewUnordered,
            ("FuturesOrdered", "new") => StreamFn::NewOrdered,
            ("SelectAll", "new") => StreamFn::NewSelectAll,
            ("executor" | "", "block_on_stream") => StreamFn::BlockOnStream,
            ("future" | "", "poll_immediate") => StreamFn::PollImmediate,
            ("stream", "poll_immediate") => StreamFn::PollsOfStream,
            ("stream", "abortable") => StreamFn::Abortable,
            ("FuturesUnordered", "from_iter") => StreamFn::FromIter(FuturesCollection::Unordered),
            ("FuturesOrdered", "from_iter") => StreamFn::FromIter(FuturesCollection::Ordered),
            ("JoinAll", "from_iter") => StreamFn::FromIter(FuturesCollection::JoinAll),
            _ => return None,
        })
    }
}

/// Calls stream function `function` with `args`.
pub fn call(env: &mut Env<'_, '_>, function: StreamFn, args: Vec<Value>) -> Result<Value, Fault> {
    let shared = env.shared;
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or(Value::Unit);
    Ok(match function {
        StreamFn::Iter => not_fused(stream::iter(Items {
            shared: Rc::clone(shared),
            lazy: lazy_of(&arg())?,
        })),
        StreamFn::Unfold => {
            let init = arg();
            let f = Callback::new(shared, arg());
            fused(stream::unfold(init, move |state| {
                f.call_future(vec![state]).map(|next| split_pair(&next))
            }))
        }
        StreamFn::TryUnfold => {
            let init = arg();
            let f = Callback::new(shared, arg());
            not_fused(
                stream::try_unfold(init, move |state| {
                    f.call_future(vec![state])
                        .map(|next| match next.as_variant() {
                            Some(v) if v.tag == Tag::Err => Err(first_field(&next)),
                            _ => Ok(split_pair(&first_field(&next))),
                        })
                })
                .map(|item| match item {
                    Ok(item) => Value::variant(Tag::Ok, vec![item]),
                    Err(error) => Value::variant(Tag::Err, vec![error]),
                }),
            )
        }
        StreamFn::Once => fused(stream::once(ValueFuture::new(shared, arg()))),
        StreamFn::Empty => fused(stream::empty()),
        StreamFn::Repeat => {
            let item = arg();
            let shared = Rc::clone(shared);
            fused(stream::repeat_with(move || {
                run_quietly(&shared, Value::Unit, |_| Ok(deep_clone(&item)?))
            }))
        }
        StreamFn::RepeatWith => {
            let f = Callback::new(shared, arg());
            fused(stream::repeat_with(move || f.call(Vec::new())))
        }
        StreamFn::PollFn => {
            let f = Callback::new(shared, arg());
            not_fused(stream::poll_fn(move |cx| {
                let polled = f.call_in(cx, vec![Value::Context(cx.waker().clone())]);
                match from_poll(&polled) {
                    Ok(crate::script::eval::future::Polled::Ready(item)) => {
                        Poll::Ready(super::some_item(&item))
                    }
                    _ => Poll::Pending,
                }
            }))
        }
        StreamFn::Select => {
            let a = ValueStream::new(shared, arg());
            fused(stream::select(a, ValueStream::new(shared, arg())))
        }
        StreamFn::SelectWithStrategy => {
            let (a, b) = (
                ValueStream::new(shared, arg()),
                ValueStream::new(shared, arg()),
            );
            let which_first = Callback::new(shared, arg());
            fused(stream::select_with_strategy(
                a,
                b,
                move |last: &mut PollNext| {
                    // The program's closure gets a `&mut PollNext` it may change (`toggle`).
                    let slot = new_slot(poll_next_value(*last));
                    let first = which_first.call(vec![view(&slot)]);
                    *last = to_poll_next(&slot.value.borrow());
                    to_poll_next(&first)
                },
            ))
        }
        StreamFn::SelectAll => {
            let streams = crate::script::eval::iter::items(env, &arg())?;
            let shared = env.shared;
            let streams = streams.into_iter().map(|s| ValueStream::new(shared, s));
            stream_value(StreamObj::SelectAll(stream::select_all(streams)))
        }
        StreamFn::NewUnordered => stream_value(StreamObj::Unordered(FuturesUnordered::new())),
        StreamFn::NewOrdered => stream_value(StreamObj::Ordered(FuturesOrdered::new())),
        StreamFn::NewSelectAll => stream_value(StreamObj::SelectAll(SelectAll::new())),
        StreamFn::FromIter(kind) => {
            let futures = crate::script::eval::iter::items(env, &arg())?;
            collect_futures(env, kind, futures)
        }
        StreamFn::PollImmediate => stream_value(StreamObj::PollImmediate(PollsOf(Box::pin(
            future::poll_immediate(ValueFuture::new(shared, arg())),
        )))),
        StreamFn::PollsOfStream => fused(
            stream::poll_immediate(ValueStream::new(shared, arg())).map(|polled| match polled {
                Poll::Ready(item) => Value::variant(Tag::Ready, vec![item]),
                Poll::Pending => Value::variant(Tag::Pending, Vec::new()),
            }),
        ),
        StreamFn::Abortable => {
            let (handle, registration) = future::AbortHandle::new_pair();
            let stream = stream::Abortable::new(ValueStream::new(shared, arg()), registration);
            Value::Tuple(
                vec![
                    stream_value(StreamObj::Abortable(stream)),
                    crate::script::eval::crate_future::handle_value(handle),
                ]
                .into(),
            )
        }
        StreamFn::BlockOnStream => {
            stream_value(StreamObj::Blocking(ValueStream::new(shared, arg())))
        }
    })
}

/// `PollNext` as a value of the program.
fn poll_next_value(side: PollNext) -> Value {
    match side {
        PollNext::Left => Value::variant(Tag::NextLeft, Vec::new()),
        PollNext::Right => Value::variant(Tag::NextRight, Vec::new()),
    }
}

/// The `PollNext` a program's value is (`Right` unless it is `PollNext::Left`).
fn to_poll_next(value: &Value) -> PollNext {
    match value.deref().as_variant().map(|v| v.tag) {
        Some(Tag::NextLeft) => PollNext::Left,
        _ => PollNext::Right,
    }
}

/// A collection of futures that `collect()` and `from_iter` build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuturesCollection {
    /// `JoinAll`: the future `join_all` gives.
    JoinAll,
    /// `TryJoinAll`: the future `try_join_all` gives.
    TryJoinAll,
    /// `FuturesUnordered`
    Unordered,
    /// `FuturesOrdered`
    Ordered,
}

/// The collection `kind` of `futures`.
pub fn collect_futures(env: &Env<'_, '_>, kind: FuturesCollection, futures: Vec<Value>) -> Value {
    let shared = env.shared;
    let bridged = futures.iter().map(|f| ValueFuture::new(shared, f.clone()));
    match kind {
        FuturesCollection::JoinAll => crate::script::eval::natives::join_all(env, futures),
        FuturesCollection::TryJoinAll => crate::script::eval::natives::join(futures, true, true),
        FuturesCollection::Unordered => stream_value(StreamObj::Unordered(bridged.collect())),
        FuturesCollection::Ordered => stream_value(StreamObj::Ordered(bridged.collect())),
    }
}

/// `future::join_all` of more futures than futures' small-join limit: the crate's
/// `FuturesOrdered`, which polls only the futures that woke.
pub fn join_all_ordered(env: &Env<'_, '_>, children: Vec<Value>) -> Value {
    let shared = env.shared;
    let ordered: FuturesOrdered<ValueFuture> = children
        .into_iter()
        .map(|child| ValueFuture::new(shared, child))
        .collect();
    native_future(ordered.collect::<Vec<_>>().map(Value::vec))
}

/// The most futures `join_all` joins itself before it switches to `FuturesOrdered`, as
/// futures' `JoinAll` does.
pub const SMALL_JOIN: usize = 30;

/// A crate stream that is fused (or never asked whether it ended) as a stream value.
pub fn fused(stream: impl FusedStream<Item = Value> + 'static) -> Value {
    stream_value(StreamObj::Crate(Box::pin(stream)))
}

/// A crate stream that is not fused: rustc lets no program ask whether it ended, so it never
/// says it did.
pub fn not_fused(stream: impl Stream<Item = Value> + 'static) -> Value {
    fused(NeverTerminated(Box::pin(stream)))
}

/// `future::poll_immediate`'s stream of polls as `Poll` values, ended (futures' `FusedFuture`
/// says so) once the future was ready; awaited, it is futures' future of one poll's output.
pub struct PollsOf(std::pin::Pin<Box<future::PollImmediate<ValueFuture>>>);

impl PollsOf {
    /// Polls it as a future: `Some` of the output if the future was ready, else `None`.
    pub fn poll_once(&mut self, cx: &mut Context<'_>) -> Value {
        match std::future::Future::poll(self.0.as_mut(), cx) {
            Poll::Ready(output) => Value::option(output),
            Poll::Pending => Value::option(None),
        }
    }
}

impl Stream for PollsOf {
    type Item = Value;

    fn poll_next(mut self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        self.0.as_mut().poll_next(cx).map(|item| {
            item.map(|polled| match polled {
                Poll::Ready(output) => Value::variant(Tag::Ready, vec![output]),
                Poll::Pending => Value::variant(Tag::Pending, Vec::new()),
            })
        })
    }
}

impl FusedStream for PollsOf {
    fn is_terminated(&self) -> bool {
        future::FusedFuture::is_terminated(&*self.0)
    }
}

/// A stream that is not a `FusedStream`, seen as one that never ends.
struct NeverTerminated(std::pin::Pin<Box<dyn Stream<Item = Value>>>);

impl Stream for NeverTerminated {
    type Item = Value;

    fn poll_next(mut self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Value>> {
        self.0.as_mut().poll_next(cx)
    }
}

impl FusedStream for NeverTerminated {
    fn is_terminated(&self) -> bool {
        false
    }
}

/// `for_each_concurrent`'s limit: a number or an `Option` of one (`None`: no limit).
pub fn limit(value: &Value) -> Result<Option<usize>, Fault> {
    match value.as_variant() {
        Some(v) if v.tag == Tag::None => Ok(None),
        Some(v) if v.tag == Tag::Some => Ok(Some(as_index(&first_field(value))?)),
        _ => Ok(Some(as_index(value)?)),
    }
}

/// The items of an interpreter iterator, pulled one at a time as the stream is polled.
struct Items {
    shared: Rc<Shared>,
    lazy: Rc<RefCell<Lazy>>,
}

impl Iterator for Items {
    type Item = Value;

    fn next(&mut self) -> Option<Value> {
        run_quietly(&self.shared, None, |env| pull(&self.lazy, env))
    }
}

/// `Some((item, state))` as the crate's `Option<(Item, State)>`.
fn split_pair(value: &Value) -> Option<(Value, Value)> {
    let pair = super::some_item(value)?;
    match pair {
        Value::Tuple(items) if items.len() == 2 => Some((items[0].clone(), items[1].clone())),
        _ => None,
    }
}

/// The one field of `Ok(x)`, `Err(e)`, `Some(x)`.
fn first_field(value: &Value) -> Value {
    value
        .as_variant()
        .and_then(|v| v.fields.first().cloned())
        .unwrap_or(Value::Unit)
}

/// A waker that only notes that it was used.
struct WakeFlag(AtomicBool);

impl Wake for WakeFlag {
    fn wake(self: Arc<Self>) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// The next item of `block_on_stream`'s iterator `stream`, for a `for` loop or an adapter.
pub fn blocking_item(env: &mut Env<'_, '_>, stream: &Value) -> Result<Option<Value>, Fault> {
    match stream {
        Value::AsyncStream(obj) => Ok(super::some_item(&blocking_next(env, obj)?)),
        other => Err(format!("cannot iterate over a {}", other.type_name()).into()),
    }
}

/// `block_on_stream`'s `next`: polls until the stream gives an item or ends, as long as it
/// wakes itself; a stream that waits for another task would block a compiled program forever.
pub fn blocking_next(env: &mut Env<'_, '_>, obj: &Rc<RefCell<StreamObj>>) -> Result<Value, Fault> {
    let flag = Arc::new(WakeFlag(AtomicBool::new(false)));
    let waker = Waker::from(Arc::clone(&flag));
    loop {
        let polled = obj
            .try_borrow_mut()
            .map_err(|_| "a stream was polled while it was already being polled")?
            .poll_next(&mut Context::from_waker(&waker));
        super::take_fault()?;
        match polled {
            Poll::Ready(item) => return Ok(Value::option(item)),
            Poll::Pending if flag.0.swap(false, Ordering::Relaxed) => {
                env.shared
                    .count_steps(crate::script::eval::STEPS_PER_POLL)?;
            }
            Poll::Pending => {
                return Err(Fault::Limit(
                    Limit::Unsupported,
                    "`block_on_stream` waits for a wake that only another task could give: \
                     it would block this thread forever"
                        .to_string(),
                ))
            }
        }
    }
}
