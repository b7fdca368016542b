//! Streams as interpreter values: what `poll_next` means for each kind of stream value (a
//! channel's receiver, a program type with `impl Stream`), and `StreamExt::next`. It must never
//! poll a stream that is already being polled, and never call a program's `poll_next` without
//! the executor's real `Context`.

use std::task::Poll;

use super::channel;
use super::future::{future_value, FutureObj, Polled};
use super::value::{Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;

/// Polls `stream` for its next item: `Polled::Ready` holds `Some(item)` or `None` at its end.
pub fn poll_next(stream: &Value, env: &mut Env<'_, '_>) -> Result<Polled, Fault> {
    match stream {
        Value::Channel(end) => match channel::poll_next(end, env.cx)? {
            Some(Poll::Ready(item)) => Ok(Polled::Ready(Value::option(item))),
            Some(Poll::Pending) => Ok(Polled::Pending),
            None => Err(not_a_stream(stream)),
        },
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

/// Whether `stream` has ended for good (futures' `FusedStream::is_terminated`).
pub fn is_terminated(stream: &Value) -> bool {
    match stream {
        Value::Channel(end) => channel::is_terminated(end),
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

/// Whether `name` is a `StreamExt` method the playground runs on stream values.
pub fn is_stream_method(name: &str) -> bool {
    matches!(name, "next" | "select_next_some")
}

/// Calls `StreamExt` method `name` on `stream`.
pub fn method(stream: Value, name: &str) -> Value {
    match name {
        "select_next_some" => future_value(FutureObj::Next {
            stream,
            some_only: true,
        }),
        _ => future_value(FutureObj::Next {
            stream,
            some_only: false,
        }),
    }
}

/// The payload of `Some(item)`, or `None` for `None`.
pub fn some_item(value: &Value) -> Option<Value> {
    let v = value.as_variant()?;
    (v.tag == Tag::Some).then(|| v.fields.first().cloned().unwrap_or(Value::Unit))
}
