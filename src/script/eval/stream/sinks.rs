//! futures' `SinkExt` adapters over a sink value (a channel's sender, or another adapter):
//! `with`, `with_flat_map`, `sink_map_err`, `fanout` and `send_all` are the crate's own, given the program's
//! closure or stream through the bridge, so the order of sends, flushes and backpressure is
//! futures' own. It must never leave the sender usable where the adapter took it:
//! `tx.with(..)` moves `tx`; `send_all` only borrows it, so it gets it back when done.

use std::rc::Rc;

use futures::{FutureExt, SinkExt, StreamExt};

use std::pin::Pin;

use futures::Sink;

use super::adapters::{from_result, to_result};
use super::bridge::{Callback, ValueStream};
use crate::script::eval::channel::{sink_end, take_sink, ChannelEnd};
use crate::script::eval::natives::native_future;
use crate::script::eval::value::Value;
use crate::script::eval::vm::Fault;
use crate::script::eval::Env;

/// Whether `name` is a `SinkExt` adapter that this module makes.
pub fn is_sink_adapter(name: &str) -> bool {
    matches!(
        name,
        "with" | "with_flat_map" | "sink_map_err" | "fanout" | "send_all"
    )
}

/// `sink.with(f)` or `sink.with_flat_map(f)`: a new sink that owns `sink`.
pub fn sink_adapter(
    env: &Env<'_, '_>,
    end: &Rc<std::cell::RefCell<ChannelEnd>>,
    name: &str,
    f: Value,
) -> Result<Value, Fault> {
    let sink = take_sink(end).ok_or_else(|| format!("no method `{name}` on this channel end"))?;
    match name {
        "send_all" => return Ok(send_all(env, Rc::clone(end), sink, f)),
        "fanout" => {
            let Value::Channel(other) = &f else {
                return Err("`fanout` needs a second sink".into());
            };
            let other = take_sink(other).ok_or("`fanout` needs a second sink")?;
            return Ok(sink_end(Box::pin(sink.fanout(other))));
        }
        _ => {}
    }
    let f = Callback::new(env.shared, f);
    Ok(sink_end(match name {
        "with" => Box::pin(sink.with(move |item: Value| f.call_future(vec![item]).map(to_result))),
        "sink_map_err" => Box::pin(sink.sink_map_err(move |error| f.call(vec![error]))),
        _ => {
            let shared = Rc::clone(env.shared);
            Box::pin(sink.with_flat_map(move |item: Value| {
                ValueStream::new(&shared, f.call(vec![item])).map(to_result)
            }))
        }
    }))
}

/// A sink lent to `send_all`, which gives it back to the program's end when done (or
/// dropped), as the `&mut` borrow ends.
struct Lent {
    end: Rc<std::cell::RefCell<ChannelEnd>>,
    sink: Option<Pin<Box<dyn Sink<Value, Error = Value>>>>,
}

impl Drop for Lent {
    fn drop(&mut self) {
        if let (Some(sink), Ok(mut state)) = (self.sink.take(), self.end.try_borrow_mut()) {
            *state = ChannelEnd::Sink(sink);
        }
    }
}

/// `sink.send_all(&mut stream)`: the crate's `SendAll` of the stream's `Result` items.
fn send_all(
    env: &Env<'_, '_>,
    end: Rc<std::cell::RefCell<ChannelEnd>>,
    sink: Pin<Box<dyn Sink<Value, Error = Value>>>,
    stream: Value,
) -> Value {
    let mut items = ValueStream::new(env.shared, stream).map(to_result);
    let mut lent = Lent {
        end,
        sink: Some(sink),
    };
    native_future(async move {
        let outcome = match lent.sink.as_mut() {
            Some(sink) => sink.send_all(&mut items).await,
            None => Ok(()),
        };
        drop(lent);
        from_result(outcome.map(|()| Value::Unit))
    })
}
