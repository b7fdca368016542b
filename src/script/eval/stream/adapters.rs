//! `StreamExt` and `TryStreamExt` on stream values: each method builds the futures crate's own
//! combinator over the receiver, with the program's closures and futures bridged in, and the
//! methods of the crate's collections of futures and streams (`push`, `len`, `peek`, ...);
//! also the `FutureExt`/`TryFutureExt` methods that are the crate's own over a future value
//! (`flatten_stream`, `try_flatten_stream`, `map_ok_or_else`, `never_error`,
//! `remote_handle`). It
//! must never run a combinator of its own where the crate has one, and never take a method
//! that is not a stream's (it answers `None`, and the caller looks elsewhere).

use std::cell::RefCell;
use std::rc::Rc;

use futures::future::{self, FutureExt, TryFutureExt};
use futures::stream::{self, StreamExt, TryStreamExt};

use super::bridge::{run_quietly, Callback, ValueFuture, ValueStream};
use super::sources::{blocking_next, fused, limit, not_fused};
use super::{next_future, some_item, stream_value, PeekSlots, StreamObj};
use crate::script::eval::collections::{new_slot, view};
use crate::script::eval::natives::native_future;
use crate::script::eval::ops::{as_index, truth};
use crate::script::eval::program::CollectTarget;
use crate::script::eval::value::{Tag, Value};
use crate::script::eval::vm::Fault;
use crate::script::eval::{Env, Shared};

/// Calls stream method `name` on `receiver`, or `None` when no stream has that method.
pub fn method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: Vec<Value>,
) -> Result<Option<Value>, Fault> {
    if let Some(value) = collection_method(env, receiver, name, &args)? {
        return Ok(Some(value));
    }
    let shared = env.shared;
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or(Value::Unit);
    let source = ValueStream::new(shared, receiver.clone());
    Ok(Some(match name {
        "next" => next_future(receiver.clone(), false),
        "select_next_some" => next_future(receiver.clone(), true),
        // `left_stream`/`right_stream` make an `Either`, which is its side's stream.
        "boxed" | "boxed_local" | "by_ref" | "left_stream" | "right_stream" => receiver.clone(),
        "map" => {
            let f = Callback::new(shared, arg());
            fused(source.map(move |item| f.call(vec![item])))
        }
        "then" => {
            let f = Callback::new(shared, arg());
            fused(source.then(move |item| f.call_future(vec![item])))
        }
        "filter" => {
            let f = Callback::new(shared, arg());
            fused(source.filter(move |item| f.call_future(vec![item.clone()]).map(is_true)))
        }
        "filter_map" => {
            let f = Callback::new(shared, arg());
            fused(
                source.filter_map(move |item| {
                    f.call_future(vec![item]).map(|found| some_item(&found))
                }),
            )
        }
        "take_while" => {
            let f = Callback::new(shared, arg());
            fused(source.take_while(move |item| f.call_future(vec![item.clone()]).map(is_true)))
        }
        "skip_while" => {
            let f = Callback::new(shared, arg());
            fused(source.skip_while(move |item| f.call_future(vec![item.clone()]).map(is_true)))
        }
        "scan" => {
            let state = new_slot(arg());
            let f = Callback::new(shared, arg());
            fused(source.scan(state, move |state, item| {
                f.call_future(vec![view(state), item])
                    .map(|found| some_item(&found))
            }))
        }
        "take" => fused(source.take(as_index(&arg())?)),
        "skip" => fused(source.skip(as_index(&arg())?)),
        "take_until" => fused(source.take_until(ValueFuture::new(shared, arg()))),
        "zip" => {
            let other = ValueStream::new(shared, arg());
            fused(
                source
                    .zip(other)
                    .map(|(a, b)| Value::Tuple(vec![a, b].into())),
            )
        }
        "chain" => fused(source.chain(ValueStream::new(shared, arg()))),
        "enumerate" => fused(
            source
                .enumerate()
                .map(|(i, item)| Value::Tuple(vec![Value::usize(i), item].into())),
        ),
        "fuse" => fused(source.fuse()),
        "inspect" => {
            let f = Callback::new(shared, arg());
            fused(source.inspect(move |item| drop(f.call(vec![item.clone()]))))
        }
        "chunks" => fused(source.chunks(as_index(&arg())?).map(Value::vec)),
        "ready_chunks" => fused(source.ready_chunks(as_index(&arg())?).map(Value::vec)),
        "flat_map" => {
            let f = Callback::new(shared, arg());
            let shared = Rc::clone(shared);
            fused(source.flat_map(move |item| ValueStream::new(&shared, f.call(vec![item]))))
        }
        "flatten_unordered" | "flat_map_unordered" => {
            let limit = limit(&arg())?;
            let f = (name == "flat_map_unordered").then(|| Callback::new(shared, arg()));
            let shared = Rc::clone(shared);
            fused(
                source
                    .map(move |item| {
                        let inner = match &f {
                            Some(f) => f.call(vec![item]),
                            None => item,
                        };
                        ValueStream::new(&shared, inner)
                    })
                    .flatten_unordered(limit),
            )
        }
        "flatten" => {
            let shared = Rc::clone(shared);
            fused(
                source
                    .map(move |inner| ValueStream::new(&shared, inner))
                    .flatten(),
            )
        }
        "buffered" | "buffer_unordered" => {
            let n = as_index(&arg())?;
            let shared = Rc::clone(shared);
            let futures = source.map(move |item| ValueFuture::new(&shared, item));
            match name {
                "buffered" => fused(futures.buffered(n)),
                _ => fused(futures.buffer_unordered(n)),
            }
        }
        "peekable" => {
            let slots: PeekSlots = source.map(new_slot as fn(Value) -> _);
            stream_value(StreamObj::Peekable(slots.peekable()))
        }
        "into_future" => {
            let stream = receiver.clone();
            native_future(
                source
                    .into_future()
                    .map(move |(item, _)| Value::Tuple(vec![Value::option(item), stream].into())),
            )
        }
        "for_each" => {
            let f = Callback::new(shared, arg());
            native_future(
                source
                    .for_each(move |item| f.call_future(vec![item]).map(drop))
                    .map(|()| Value::Unit),
            )
        }
        "for_each_concurrent" => {
            let limit = limit(&arg())?;
            let f = Callback::new(shared, arg());
            native_future(
                source
                    .for_each_concurrent(limit, move |item| f.call_future(vec![item]).map(drop))
                    .map(|()| Value::Unit),
            )
        }
        "fold" => {
            let init = arg();
            let f = Callback::new(shared, arg());
            native_future(source.fold(init, move |acc, item| f.call_future(vec![acc, item])))
        }
        "any" | "all" => {
            let f = Callback::new(shared, arg());
            let test = move |item| f.call_future(vec![item]).map(is_true);
            match name {
                "any" => native_future(source.any(test).map(Value::Bool)),
                _ => native_future(source.all(test).map(Value::Bool)),
            }
        }
        "unzip" => native_future(
            source
                .map(|pair| match pair {
                    Value::Tuple(items) if items.len() == 2 => (items[0].clone(), items[1].clone()),
                    other => (other, Value::Unit),
                })
                .unzip::<_, _, Vec<_>, Vec<_>>()
                .map(|(a, b)| Value::Tuple(vec![Value::vec(a), Value::vec(b)].into())),
        ),
        "count" => native_future(source.count().map(Value::usize)),
        "collect" => native_future(source.collect::<Vec<_>>().map(Value::vec)),
        "concat" => {
            let shared = Rc::clone(shared);
            native_future(
                source
                    .collect::<Vec<_>>()
                    .map(move |items| run_quietly(&shared, Value::Unit, |env| concat(env, items))),
            )
        }
        _ => return try_method(env, source, name, args.collect()),
    }))
}

/// The `TryStreamExt` methods: the items are `Result`s, which the crate reads as its own.
fn try_method(
    env: &mut Env<'_, '_>,
    source: ValueStream,
    name: &str,
    args: Vec<Value>,
) -> Result<Option<Value>, Fault> {
    let shared = env.shared;
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or(Value::Unit);
    let results = source.map(to_result);
    Ok(Some(match name {
        "try_next" => {
            let mut results = results;
            native_future(async move { from_result(results.try_next().await.map(Value::option)) })
        }
        "try_collect" => native_future(
            results
                .try_collect::<Vec<_>>()
                .map(|r| from_result(r.map(Value::vec))),
        ),
        "err_into" | "ok_into" | "into_stream" => fused(results.map(from_result)),
        "and_then" | "or_else" => {
            let f = Callback::new(shared, arg());
            let step = move |value| f.call_future(vec![value]).map(to_result);
            match name {
                "and_then" => fused(results.and_then(step).map(from_result)),
                _ => fused(results.or_else(step).map(from_result)),
            }
        }
        "inspect_ok" | "inspect_err" => {
            let f = Callback::new(shared, arg());
            let look = move |value: &Value| drop(f.call(vec![value.clone()]));
            match name {
                "inspect_ok" => fused(results.inspect_ok(look).map(from_result)),
                _ => fused(results.inspect_err(look).map(from_result)),
            }
        }
        "try_skip_while" | "try_take_while" => {
            let f = Callback::new(shared, arg());
            let test = move |item: &Value| {
                f.call_future(vec![item.clone()])
                    .map(|found| to_result(found).map(is_true))
            };
            match name {
                "try_skip_while" => fused(results.try_skip_while(test).map(from_result)),
                _ => fused(results.try_take_while(test).map(from_result)),
            }
        }
        "try_filter_map" => {
            let f = Callback::new(shared, arg());
            fused(
                results
                    .try_filter_map(move |item| {
                        f.call_future(vec![item])
                            .map(|found| to_result(found).map(|found| some_item(&found)))
                    })
                    .map(from_result),
            )
        }
        "try_all" | "try_any" => {
            let f = Callback::new(shared, arg());
            let test = move |item| f.call_future(vec![item]).map(is_true);
            let answer = |found: Result<bool, Value>| from_result(found.map(Value::Bool));
            match name {
                "try_all" => native_future(results.try_all(test).map(answer)),
                _ => native_future(results.try_any(test).map(answer)),
            }
        }
        "try_buffered" | "try_buffer_unordered" => {
            let n = as_index(&arg())?;
            let shared = Rc::clone(shared);
            let futures =
                results.map_ok(move |item| ValueFuture::new(&shared, item).map(to_result));
            match name {
                "try_buffered" => not_fused(futures.try_buffered(n).map(from_result)),
                _ => not_fused(futures.try_buffer_unordered(n).map(from_result)),
            }
        }
        "try_flatten" => {
            let shared = Rc::clone(shared);
            fused(
                results
                    .map_ok(move |inner| ValueStream::new(&shared, inner).map(to_result))
                    .try_flatten()
                    .map(from_result),
            )
        }
        "try_concat" => {
            let shared = Rc::clone(shared);
            native_future(results.try_collect::<Vec<_>>().map(move |items| {
                from_result(
                    items.map(|items| run_quietly(&shared, Value::Unit, |env| concat(env, items))),
                )
            }))
        }
        "forward" => {
            let sink = match arg() {
                Value::Channel(end) => crate::script::eval::channel::take_sink(&end),
                _ => None,
            };
            let sink = sink.ok_or("`forward` needs a sink: a channel's sender or an adapter")?;
            native_future(
                results
                    .forward(sink)
                    .map(|outcome| from_result(outcome.map(|()| Value::Unit))),
            )
        }
        "try_filter" => {
            let f = Callback::new(shared, arg());
            fused(
                results
                    .try_filter(move |item| f.call_future(vec![item.clone()]).map(is_true))
                    .map(from_result),
            )
        }
        "map_ok" | "map_err" => {
            let f = Callback::new(shared, arg());
            match name {
                "map_ok" => fused(results.map_ok(move |ok| f.call(vec![ok])).map(from_result)),
                _ => fused(results.map_err(move |e| f.call(vec![e])).map(from_result)),
            }
        }
        "try_fold" => {
            let init = arg();
            let f = Callback::new(shared, arg());
            native_future(
                results
                    .try_fold(init, move |acc, item| {
                        f.call_future(vec![acc, item]).map(to_result)
                    })
                    .map(from_result),
            )
        }
        "try_for_each" => {
            let f = Callback::new(shared, arg());
            native_future(
                results
                    .try_for_each(move |item| f.call_future(vec![item]).map(to_unit_result))
                    .map(|r| from_result(r.map(|()| Value::Unit))),
            )
        }
        "try_for_each_concurrent" => {
            let limit = limit(&arg())?;
            let f = Callback::new(shared, arg());
            native_future(
                results
                    .try_for_each_concurrent(limit, move |item| {
                        f.call_future(vec![item]).map(to_unit_result)
                    })
                    .map(|r| from_result(r.map(|()| Value::Unit))),
            )
        }
        _ => return Ok(None),
    }))
}

/// The methods of the crate's collections of futures and streams, of `Peekable` and of
/// `block_on_stream`'s iterator, which work on the collection in place.
fn collection_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let Value::AsyncStream(obj) = receiver else {
        return Ok(None);
    };
    let shared = env.shared;
    let arg = || args.first().cloned().unwrap_or(Value::Unit);
    let mut state = obj
        .try_borrow_mut()
        .map_err(|_| "a stream was used while it was being polled")?;
    Ok(Some(match (&mut *state, name) {
        (StreamObj::Unordered(set), "push") => {
            set.push(ValueFuture::new(shared, arg()));
            Value::Unit
        }
        (StreamObj::Ordered(queue), "push_back" | "push") => {
            queue.push_back(ValueFuture::new(shared, arg()));
            Value::Unit
        }
        (StreamObj::Ordered(queue), "push_front") => {
            queue.push_front(ValueFuture::new(shared, arg()));
            Value::Unit
        }
        (StreamObj::SelectAll(all), "push") => {
            all.push(ValueStream::new(shared, arg()));
            Value::Unit
        }
        (StreamObj::Unordered(set), "len") => Value::usize(set.len()),
        (StreamObj::Ordered(queue), "len") => Value::usize(queue.len()),
        (StreamObj::SelectAll(all), "len") => Value::usize(all.len()),
        (StreamObj::Unordered(set), "is_empty") => Value::Bool(set.is_empty()),
        (StreamObj::Ordered(queue), "is_empty") => Value::Bool(queue.is_empty()),
        (StreamObj::SelectAll(all), "is_empty") => Value::Bool(all.is_empty()),
        (StreamObj::Peekable(_), "peek" | "peek_mut") => {
            drop(state);
            return Ok(Some(peek(Rc::clone(obj), name == "peek_mut")));
        }
        (StreamObj::Peekable(_), "next_if" | "next_if_eq") => {
            drop(state);
            let test = match name {
                "next_if" => NextIf::Passes(Callback::new(shared, arg())),
                _ => NextIf::Equals(Rc::clone(shared), arg()),
            };
            return Ok(Some(next_if(Rc::clone(obj), test)));
        }
        (StreamObj::Blocking(_), "next") => {
            drop(state);
            return blocking_next(env, obj).map(Some);
        }
        (StreamObj::Abortable(stream), "is_aborted") => Value::Bool(stream.is_aborted()),
        (stream, "is_terminated") => Value::Bool(stream.is_terminated()),
        (stream, "poll_next_unpin" | "poll_next" | "try_poll_next_unpin" | "try_poll_next") => {
            let waker = match arg() {
                Value::Context(waker) | Value::Waker(waker) => waker,
                other => {
                    return Err(
                        format!("`{name}` needs a Context, found {}", other.type_name()).into(),
                    )
                }
            };
            let polled = stream.poll_next(&mut std::task::Context::from_waker(&waker));
            super::take_fault()?;
            match polled {
                std::task::Poll::Ready(item) => {
                    Value::variant(Tag::Ready, vec![Value::option(item)])
                }
                std::task::Poll::Pending => Value::variant(Tag::Pending, Vec::new()),
            }
        }
        _ => return Ok(None),
    }))
}

/// `Peekable::peek`: a future of the item the stream gives next, which it keeps; with
/// `mutably` (`peek_mut`), of a mutable view of that item.
fn peek(obj: Rc<RefCell<StreamObj>>, mutably: bool) -> Value {
    native_future(future::poll_fn(move |cx| {
        let Ok(mut state) = obj.try_borrow_mut() else {
            return std::task::Poll::Pending;
        };
        let StreamObj::Peekable(peekable) = &mut *state else {
            return std::task::Poll::Ready(Value::option(None));
        };
        (std::pin::Pin::new(peekable).poll_peek(cx)).map(|slot| {
            Value::option(slot.map(|slot| match mutably {
                true => view(slot),
                false => slot.value.borrow().clone(),
            }))
        })
    }))
}

/// What `Peekable::next_if` asks of the next item.
enum NextIf {
    /// The program's function says it passes (`next_if`).
    Passes(Callback),
    /// It equals the value (`next_if_eq`), by the program's `PartialEq` where it has one.
    Equals(Rc<Shared>, Value),
}

/// `Peekable::next_if` and `next_if_eq`: a future of the next item when it passes the test;
/// one that does not stays in the stream, to be peeked or taken next.
fn next_if(obj: Rc<RefCell<StreamObj>>, test: NextIf) -> Value {
    native_future(future::poll_fn(move |cx| {
        let Ok(mut state) = obj.try_borrow_mut() else {
            return std::task::Poll::Pending;
        };
        let StreamObj::Peekable(peekable) = &mut *state else {
            return std::task::Poll::Ready(Value::option(None));
        };
        let mut peekable = std::pin::Pin::new(peekable);
        let item = match peekable.as_mut().poll_peek(cx) {
            std::task::Poll::Ready(Some(slot)) => slot.value.borrow().clone(),
            std::task::Poll::Ready(None) => return std::task::Poll::Ready(Value::option(None)),
            std::task::Poll::Pending => return std::task::Poll::Pending,
        };
        let passes = match &test {
            NextIf::Passes(f) => is_true(f.call(vec![item])),
            NextIf::Equals(shared, expected) => run_quietly(shared, false, |env| {
                crate::script::eval::order::equal_by_impl(env, &item, expected)
            }),
        };
        if !passes {
            return std::task::Poll::Ready(Value::option(None));
        }
        // The item waits peeked, so this poll takes it without polling the stream again.
        (peekable.poll_next_unpin(cx))
            .map(|slot| Value::option(slot.map(|slot| slot.value.borrow().clone())))
    }))
}

/// `FutureExt::never_error` and `unit_error`: the future's output as `Ok`.
pub fn never_error(env: &Env<'_, '_>, future: Value) -> Value {
    native_future(
        ValueFuture::new(env.shared, future).map(|output| Value::variant(Tag::Ok, vec![output])),
    )
}

/// `FutureExt::remote_handle`: the crate's `Remote`, which runs the future, and its
/// `RemoteHandle`, the future of the output (dropped, it lets the remote stop).
pub fn remote_handle(env: &Env<'_, '_>, future: Value) -> Value {
    let (remote, handle) = ValueFuture::new(env.shared, future).remote_handle();
    Value::Tuple(
        vec![
            native_future(remote.map(|()| Value::Unit)),
            native_future(handle),
        ]
        .into(),
    )
}

/// `FutureExt::into_stream`: a stream of the future's one output.
pub fn into_stream(env: &Env<'_, '_>, future: Value) -> Value {
    fused(stream::once(ValueFuture::new(env.shared, future)))
}

/// `FutureExt::flatten_stream` (or, `trying`, `TryFutureExt::try_flatten_stream`): the items
/// of the stream the future gives.
pub fn flatten_stream(env: &Env<'_, '_>, future: Value, trying: bool) -> Value {
    let shared = Rc::clone(env.shared);
    let future = ValueFuture::new(env.shared, future);
    if !trying {
        return fused(
            future
                .map(move |inner| ValueStream::new(&shared, inner))
                .flatten_stream(),
        );
    }
    not_fused(
        future
            .map(to_result)
            .map_ok(move |inner| ValueStream::new(&shared, inner).map(to_result))
            .try_flatten_stream()
            .map(from_result),
    )
}

/// `TryFutureExt::map_ok_or_else`: the output of `on_ok` for an `Ok`, of `on_err` for an `Err`.
pub fn map_ok_or_else(env: &Env<'_, '_>, future: Value, on_err: Value, on_ok: Value) -> Value {
    let (on_err, on_ok) = (
        Callback::new(env.shared, on_err),
        Callback::new(env.shared, on_ok),
    );
    native_future(
        ValueFuture::new(env.shared, future)
            .map(to_result)
            .map_ok_or_else(
                move |e| on_err.call(vec![e]),
                move |ok| on_ok.call(vec![ok]),
            ),
    )
}

/// `StreamExt::collect` into the collection the program asks for.
pub fn collect(env: &Env<'_, '_>, receiver: &Value, target: CollectTarget) -> Value {
    let shared = Rc::clone(env.shared);
    let source = ValueStream::new(env.shared, receiver.clone());
    native_future(source.collect::<Vec<_>>().map(move |items| {
        run_quietly(&shared, Value::Unit, |env| {
            let items = crate::script::eval::iter::iter_of(items);
            crate::script::eval::consume::collect(env, &items, target)
        })
    }))
}

/// `StreamExt::concat`: the items (strings or vectors) one after another.
fn concat(env: &mut Env<'_, '_>, items: Vec<Value>) -> Result<Value, Fault> {
    let first = items.first().map(Value::deref);
    if matches!(first, Some(Value::String(_) | Value::Str(_))) {
        let mut text = String::new();
        for item in &items {
            text.push_str(&item.as_text().unwrap_or_default());
        }
        return Ok(Value::string(text));
    }
    let mut all = Vec::new();
    for item in &items {
        all.extend(crate::script::eval::iter::items(env, item)?);
    }
    Ok(Value::vec(all))
}

/// A `bool` the program's future gave; anything else (after a fault) counts as `false`.
fn is_true(value: Value) -> bool {
    truth(value).unwrap_or(false)
}

/// A program's `Result` as the crate's; any other value is taken as `Ok`.
pub(super) fn to_result(value: Value) -> Result<Value, Value> {
    match value.as_variant() {
        Some(v) if v.tag == Tag::Err => Err(v.fields.first().cloned().unwrap_or(Value::Unit)),
        Some(v) if v.tag == Tag::Ok => Ok(v.fields.first().cloned().unwrap_or(Value::Unit)),
        _ => Ok(value),
    }
}

/// A program's `Result<(), E>` as the crate's.
fn to_unit_result(value: Value) -> Result<(), Value> {
    to_result(value).map(drop)
}

/// The crate's `Result` as a program's.
pub(super) fn from_result(result: Result<Value, Value>) -> Value {
    match result {
        Ok(value) => Value::variant(Tag::Ok, vec![value]),
        Err(error) => Value::variant(Tag::Err, vec![error]),
    }
}

/// Whether a stream value answers the `StreamExt` or `TryStreamExt` method `name`.
pub fn is_stream_method(name: &str) -> bool {
    crate::script::eval::method_names::STREAMS.contains(&name)
}
