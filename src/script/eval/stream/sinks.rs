//! futures' `SinkExt` adapters over a sink value (a channel's sender, or another adapter):
//! `with` and `with_flat_map` are the crate's own, given the program's closure through the
//! bridge, so the order of sends, flushes and backpressure is futures' own. It must never
//! leave the sender usable where the adapter took it: `tx.with(..)` moves `tx`.

use std::rc::Rc;

use futures::{FutureExt, SinkExt, StreamExt};

use super::adapters::to_result;
use super::bridge::{Callback, ValueStream};
use crate::script::eval::channel::{sink_end, take_sink, ChannelEnd};
use crate::script::eval::value::Value;
use crate::script::eval::vm::Fault;
use crate::script::eval::Env;

/// Whether `name` is a `SinkExt` adapter that this module makes.
pub fn is_sink_adapter(name: &str) -> bool {
    matches!(name, "with" | "with_flat_map")
}

/// `sink.with(f)` or `sink.with_flat_map(f)`: a new sink that owns `sink`.
pub fn sink_adapter(
    env: &Env<'_, '_>,
    end: &Rc<std::cell::RefCell<ChannelEnd>>,
    name: &str,
    f: Value,
) -> Result<Value, Fault> {
    let sink = take_sink(end).ok_or_else(|| format!("no method `{name}` on this channel end"))?;
    let f = Callback::new(env.shared, f);
    Ok(sink_end(match name {
        "with" => Box::pin(sink.with(move |item: Value| f.call_future(vec![item]).map(to_result))),
        _ => {
            let shared = Rc::clone(env.shared);
            Box::pin(sink.with_flat_map(move |item: Value| {
                ValueStream::new(&shared, f.call(vec![item])).map(to_result)
            }))
        }
    }))
}
