//! Built-in methods of String/&str, Vec and iterators, Option/Result/Poll, integers, Rc and
//! RefCell, wakers and futures. It must never panic on any receiver or argument, and never
//! accept a method it does not implement exactly: unknown ones are runtime errors naming them.

use super::collections::{entry_method, map_method};
use super::format::display_string;
use super::future::{future_value, FutureObj};
use super::iter::{items, iter_of};
use super::memory::{reserve_copies, reserve_values};
use super::natives::{native_future, net_result};
use super::number::{family_method, Family, FloatType, Int, IntType};
use super::ops::{as_byte, as_index, as_int, byte, truth};
use super::order::{compare_by_impl, equal_by_impl};
use super::teardown::release_one;
use super::text::{char_method, insert_at, text_method};
use super::value::{compare, deep_clone, values_equal, CellObj, Guard, Place, Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::float_math as math;
use crate::script::limits::Limit;
use std::rc::Rc;

/// Calls method `name` (interned) on `receiver`.
pub fn call(
    env: &mut Env<'_, '_>,
    receiver: Value,
    name: u32,
    args: Vec<Value>,
) -> Result<Value, Fault> {
    // The program outlives the call: its method's name is borrowed, not copied.
    let shared = Rc::clone(env.shared);
    let name = shared.program.names[name as usize].as_str();
    if matches!(
        name,
        "clone" | "to_owned" | "to_string" | "to_vec" | "concat" | "join"
    ) {
        reserve_copies([&receiver], 1)?;
    }
    let result = match &receiver {
        Value::Rc(inner) if name == "clone" => return Ok(Value::Rc(Rc::clone(inner))),
        Value::Rc(_) if name == "into" => {
            if let Some(waker) = super::waker::into_waker(env, &receiver)? {
                return Ok(waker);
            }
            return call_deref(env, receiver, name, args);
        }
        Value::Rc(_) | Value::Guard(_) if !matches!(name, "to_string") => {
            return call_deref(env, receiver, name, args)
        }
        Value::String(_) | Value::Str(_) => text_method(env, &receiver, name, &args)?,
        Value::Char(c) => char_method(*c, name, &args)?,
        Value::Bool(b) => bool_method(env, *b, name, &args)?,
        Value::Vec(_) | Value::Iter(_) | Value::Range(..) => {
            seq_method(env, &receiver, name, &args)?
        }
        Value::Variant(v) if !is_ordering(v.tag) => variant_method(env, &receiver, name, &args)?,
        Value::Int(..) | Value::Wide(_) => int_method(&receiver, name, &args)?,
        Value::Float(f, ty) => float_method(*f, *ty, name, &args)?,
        Value::Variant(v) if is_ordering(v.tag) => ordering_method(env, v.tag, name, &args)?,
        // `block_on_stream`'s iterator is an `Iterator`: only its `next` blocks in place.
        Value::AsyncStream(_) if name != "next" && super::stream::is_blocking(&receiver) => {
            seq_method(env, &super::iter::into_iter(receiver.clone())?, name, &args)?
        }
        Value::AsyncStream(_) => super::stream::method(env, &receiver, name, args.clone())?,
        Value::Struct(_) if super::stream::is_stream_method(name) && is_stream(env, &receiver) => {
            super::stream::method(env, &receiver, name, args.clone())?
        }
        Value::Future(_) if name == "into_stream" => {
            return Ok(super::stream::into_stream(env, receiver.clone()))
        }
        Value::Future(obj) if name == "clone" => obj
            .try_borrow()
            .ok()
            .and_then(|state| super::crate_future::clone_handle(&state)),
        Value::Future(obj) if name == "peek" => obj
            .try_borrow()
            .ok()
            .and_then(|state| super::crate_future::peek_shared(&state)),
        // `Pin::set` on a pinned future: the new future takes the old one's place, which
        // drops the old one, and every handle to the place sees the new one.
        Value::Future(obj) if name == "set" => {
            let Some(Value::Future(new)) = args.first() else {
                return Err("`Pin::set` on a future needs a future".into());
            };
            let (Ok(mut old), Ok(mut new)) = (obj.try_borrow_mut(), new.try_borrow_mut()) else {
                return Err("`Pin::set` on a future that is in use".into());
            };
            // The old state goes to the argument's handle, dropped with the arguments.
            std::mem::swap(&mut *old, &mut *new);
            Some(Value::Unit)
        }
        Value::Future(_) if name == "is_terminated" => {
            Some(Value::Bool(super::future::is_terminated(&receiver)))
        }
        Value::Future(_) | Value::Struct(_) if is_future_method(name) => {
            return future_method(env, receiver.clone(), name, args)
        }
        Value::RefCell(cell) if super::atomic::is_atomic_method(name) => {
            super::atomic::method(env, cell, name, &args)?
        }
        Value::Channel(end)
            if is_future_method(name) && super::channel::is_oneshot_receiver(end) =>
        {
            return future_method(env, receiver.clone(), name, args)
        }
        Value::RefCell(_) => cell_method(&receiver, name, &args)?,
        Value::Context(waker) | Value::Waker(waker) => {
            super::waker::waker_method(env, &receiver, waker, name, &args)?
        }
        Value::Sync(obj) => super::sync::method(env, obj, name, args.clone())?,
        Value::Listener(_) | Value::Stream(_) => net_method(env, &receiver, name, &args)?,
        Value::Map(map) => map_method(env, map, name, &args)?,
        Value::Entry(entry) => entry_method(env, entry, name, &args)?,
        Value::Channel(end) if super::stream::is_sink_adapter(name) => {
            let f = args.first().cloned().unwrap_or(Value::Unit);
            Some(super::stream::sink_adapter(env, end, name, f)?)
        }
        Value::Channel(end) => match super::channel::method(end, name, args.clone())? {
            Some(value) => Some(value),
            None => super::stream::method(env, &receiver, name, args.clone())?,
        },
        Value::ChannelError(error) => error.method(name),
        Value::Abort(abort) => abort.method(name),
        _ => None,
    };
    match result {
        Some(value) => Ok(value),
        None => common_method(&receiver, name, &args),
    }
}

/// Whether `value` is of a program type with `impl Stream`, whose `StreamExt` methods are
/// the crate's.
fn is_stream(env: &Env<'_, '_>, value: &Value) -> bool {
    env.shared
        .program
        .trait_method(value, "Stream", "poll_next")
        .is_some()
}

fn call_deref(
    env: &mut Env<'_, '_>,
    receiver: Value,
    name: &str,
    args: Vec<Value>,
) -> Result<Value, Fault> {
    if let (Value::Guard(guard), "take" | "replace" | "insert" | "get_or_insert" | "toggle") =
        (&receiver, name)
    {
        let (new_inner, result) = in_place(name, guard.get(), args)?;
        guard.replace(new_inner);
        return Ok(result);
    }
    let inner = match &receiver {
        Value::Rc(inner) => (**inner).clone(),
        other => other.deref(),
    };
    let id = env
        .shared
        .program
        .names
        .iter()
        .position(|n| n == name)
        .unwrap_or(0) as u32;
    if let Some(f) = super::vm::user_method(env, &inner, id) {
        let mut all = vec![inner];
        all.extend(args);
        return call_sync(env, &Value::Func(f), all);
    }
    call(env, inner, id, args)
}

fn common_method(receiver: &Value, name: &str, args: &[Value]) -> Result<Value, Fault> {
    match (name, args) {
        ("clone" | "to_owned" | "cloned", []) => Ok(deep_clone(receiver)?),
        // `T: Copy`: a copy of a `Copy` value, or of a reference, which shares its referent.
        ("copied", []) => Ok(super::vm::load_value(receiver)?),
        ("to_string", []) => Ok(Value::string(display_string(receiver)?)),
        ("eq", [other]) => Ok(Value::Bool(values_equal(receiver, other)?)),
        ("ne", [other]) => Ok(Value::Bool(!values_equal(receiver, other)?)),
        (
            "as_ref" | "as_mut" | "borrow" | "get_mut" | "as_deref" | "into" | "iter" | "by_ref"
            | "into_future" | "as_slice" | "as_mut_slice",
            [],
        ) => Ok(receiver.clone()),
        ("as_millis" | "as_secs", []) => match receiver {
            Value::Duration(ms) => {
                let (value, ty) = match name {
                    "as_millis" => (i128::from(*ms), IntType::U128),
                    _ => (i128::from(*ms / 1000), IntType::U64),
                };
                Ok(Value::int(Int::new(value, ty)))
            }
            _ => Err(unknown(receiver, name)),
        },
        ("cmp" | "partial_cmp", [other]) => match compare(receiver, other)? {
            Some(order) if name == "cmp" => Ok(ordering(order)),
            Some(order) => Ok(Value::option(Some(ordering(order)))),
            // NaN: `partial_cmp` says so with `None`.
            None if name == "partial_cmp" => Ok(Value::option(None)),
            None => Err(unknown(receiver, name)),
        },
        _ => Err(unknown(receiver, name)),
    }
}

/// `bool::then_some(v)` and `bool::then(f)`: `Some` when true (the closure runs only then).
fn bool_method(
    env: &mut Env<'_, '_>,
    b: bool,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let arg = args.first().cloned().unwrap_or_default();
    Ok(Some(match (name, b) {
        ("then_some", true) => Value::option(Some(arg)),
        ("then", true) => Value::option(Some(call_sync(env, &arg, Vec::new())?)),
        ("then_some" | "then", false) => Value::option(None),
        _ => return Ok(None),
    }))
}

/// A method the program may well have right, but that this receiver lacks in the playground.
fn unknown(receiver: &Value, name: &str) -> Fault {
    Fault::Limit(
        Limit::Unsupported,
        format!(
            "the playground has no method `{name}` for {}: if rustc accepts the program, this \
             is a playground limit",
            receiver.type_name()
        ),
    )
}

fn seq_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    if let Value::Vec(vec) = receiver {
        if let Some(value) = element_refs(vec, name, args)? {
            return Ok(Some(value));
        }
        if let Some(value) = vec_method(env, vec, name, args)? {
            return Ok(Some(value));
        }
    }
    super::iter::method(env, receiver, name, args)
}

/// The methods of a vector (or `VecDeque`) that hand out `&mut` references to its elements:
/// writing through one writes into the vector.
fn element_refs(
    vec: &Rc<std::cell::RefCell<Vec<Value>>>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let len = vec.borrow().len();
    let at = |index: usize| Guard::element(vec, index);
    Ok(Some(match name {
        "iter_mut" => super::iter::elements_mut(vec),
        "get_mut" => {
            let index = as_index(args.first().ok_or("`get_mut` needs an index")?)?;
            Value::option((index < len).then(|| at(index)))
        }
        "first_mut" | "front_mut" => Value::option((len > 0).then(|| at(0))),
        "last_mut" | "back_mut" => Value::option(len.checked_sub(1).map(at)),
        _ => return Ok(None),
    }))
}

fn vec_method(
    env: &mut Env<'_, '_>,
    vec: &std::cell::RefCell<Vec<Value>>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
    let len = vec.borrow().len();
    let out_of_bounds =
        |i: usize| format!("index out of bounds: the len is {len} but the index is {i}");
    Ok(Some(match name {
        "push" | "push_back" => {
            reserve_values(len + 1)?;
            vec.borrow_mut().push(arg(0));
            Value::Unit
        }
        "pop" | "pop_back" => Value::option(vec.borrow_mut().pop()),
        // `VecDeque` is a vector in the playground: the same items, printed alike.
        "push_front" => {
            reserve_values(len + 1)?;
            vec.borrow_mut().insert(0, arg(0));
            Value::Unit
        }
        "pop_front" => Value::option((len > 0).then(|| vec.borrow_mut().remove(0))),
        "front" => Value::option(vec.borrow().first().cloned()),
        "back" => Value::option(vec.borrow().last().cloned()),
        "len" => Value::usize(len),
        "is_empty" => Value::Bool(len == 0),
        "get" => Value::option(vec.borrow().get(as_index(&arg(0))?).cloned()),
        "first" => Value::option(vec.borrow().first().cloned()),
        "last" => Value::option(vec.borrow().last().cloned()),
        "remove" => {
            let i = as_index(&arg(0))?;
            if i >= len {
                return Err(format!("removal index (is {i}) should be < len (is {len})").into());
            }
            vec.borrow_mut().remove(i)
        }
        "clear" => {
            vec.borrow_mut().clear();
            Value::Unit
        }
        "extend" => {
            let more = items(env, &arg(0))?;
            reserve_values(len + more.len())?;
            vec.borrow_mut().extend(more);
            Value::Unit
        }
        "sort" | "sort_unstable" => {
            sort_with(env, vec, SortBy::Order)?;
            Value::Unit
        }
        "sort_by" | "sort_unstable_by" | "sort_by_key" | "sort_unstable_by_key" => {
            let f = arg(0);
            let by = match name.ends_with("_key") {
                true => SortBy::Key(&f),
                false => SortBy::Closure(&f),
            };
            sort_with(env, vec, by)?;
            Value::Unit
        }
        "reverse" => {
            vec.borrow_mut().reverse();
            Value::Unit
        }
        "truncate" => {
            vec.borrow_mut().truncate(as_index(&arg(0))?);
            Value::Unit
        }
        "swap" => {
            let (a, b) = (as_index(&arg(0))?, as_index(&arg(1))?);
            if a >= len || b >= len {
                return Err(out_of_bounds(a.max(b)).into());
            }
            vec.borrow_mut().swap(a, b);
            Value::Unit
        }
        "drain" => {
            let Value::Range(start, end, _) = arg(0) else {
                return Err("`drain` needs a range".into());
            };
            let index = |i: i64| usize::try_from(i).map_err(|_| format!("index {i} is negative"));
            let end = if end == i64::MAX { len } else { index(end)? };
            let start = index(start)?;
            if start > end || end > len {
                return Err(format!(
                    "range end index {end} out of range for slice of length {len}"
                )
                .into());
            }
            iter_of(vec.borrow_mut().drain(start..end).collect())
        }
        "contains" => {
            let wanted = arg(0);
            let mut found = false;
            let items = vec.borrow().clone();
            for item in &items {
                if equal_by_impl(env, item, &wanted)? {
                    found = true;
                    break;
                }
            }
            Value::Bool(found)
        }
        "join" | "concat" => {
            let sep = if name == "join" {
                arg(0).as_text().unwrap_or_default()
            } else {
                String::new()
            };
            let parts: Vec<String> = vec
                .borrow()
                .iter()
                .map(|v| v.as_text().unwrap_or_default())
                .collect();
            Value::string(parts.join(&sep))
        }
        "to_vec" | "clone" => deep_clone(&Value::vec(vec.borrow().clone()))?,
        "windows" | "chunks" | "chunks_exact" => {
            let size = as_index(&arg(0))?;
            if size == 0 {
                let what = if name == "windows" { "window" } else { "chunk" };
                return Err(format!("{what} size must be non-zero").into());
            }
            let items = vec.borrow();
            let parts: Vec<Value> = match name {
                "windows" => items
                    .windows(size)
                    .map(|w| Value::vec(w.to_vec()))
                    .collect(),
                "chunks" => items.chunks(size).map(|c| Value::vec(c.to_vec())).collect(),
                _ => items
                    .chunks_exact(size)
                    .map(|c| Value::vec(c.to_vec()))
                    .collect(),
            };
            iter_of(parts)
        }
        "dedup" | "dedup_by_key" | "retain" | "retain_mut" => {
            keep_some(env, vec, name, args.first())?;
            Value::Unit
        }
        "fill" => {
            let value = arg(0);
            for item in vec.borrow_mut().iter_mut() {
                *item = deep_clone(&value)?;
            }
            Value::Unit
        }
        "resize" => {
            let (new_len, value) = (as_index(&arg(0))?, arg(1));
            reserve_values(new_len)?;
            let mut items = vec.borrow_mut();
            items.truncate(new_len);
            while items.len() < new_len {
                items.push(deep_clone(&value)?);
            }
            Value::Unit
        }
        "rotate_left" | "rotate_right" => {
            let by = as_index(&arg(0))?;
            if by > len {
                return Err("assertion failed: mid <= self.len()".into());
            }
            match name {
                "rotate_left" => vec.borrow_mut().rotate_left(by),
                _ => vec.borrow_mut().rotate_right(by),
            }
            Value::Unit
        }
        "split_off" => {
            let at = as_index(&arg(0))?;
            if at > len {
                return Err(
                    format!("`at` split index (is {at}) should be <= len (is {len})").into(),
                );
            }
            Value::vec(vec.borrow_mut().split_off(at))
        }
        "split_at" => {
            let at = as_index(&arg(0))?;
            if at > len {
                return Err("mid > len".into());
            }
            let items = vec.borrow();
            let (left, right) = items.split_at(at);
            Value::Tuple(vec![Value::vec(left.to_vec()), Value::vec(right.to_vec())].into())
        }
        "extend_from_slice" => {
            let more = deep_clone(&arg(0))?;
            let more = items(env, &more)?;
            reserve_values(len + more.len())?;
            vec.borrow_mut().extend(more);
            Value::Unit
        }
        "binary_search" => {
            let wanted = arg(0);
            let mut failure = Ok(());
            let items = vec.borrow().clone();
            let found = items.binary_search_by(|probe| {
                compare_by_impl(env, probe, &wanted)
                    .unwrap_or_else(|error| {
                        failure = Err(error);
                        None
                    })
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            failure?;
            let (tag, at) = match found {
                Ok(at) => (Tag::Ok, at),
                Err(at) => (Tag::Err, at),
            };
            Value::variant(tag, vec![Value::usize(at)])
        }
        _ => return Ok(None),
    }))
}

/// `dedup`, `dedup_by_key(f)` and `retain(f)`: drop items in place, calling the program's
/// closure on each item in order, as std does. The items are out of the vector meanwhile.
fn keep_some(
    env: &mut Env<'_, '_>,
    vec: &std::cell::RefCell<Vec<Value>>,
    name: &str,
    f: Option<&Value>,
) -> Result<(), Fault> {
    let items = std::mem::take(&mut *vec.borrow_mut());
    let mut kept: Vec<Value> = Vec::with_capacity(items.len());
    let mut last_key: Option<Value> = None;
    let mut outcome = Ok(());
    for item in items {
        if outcome.is_err() {
            kept.push(item);
            continue;
        }
        let keep = match (name, f) {
            ("retain" | "retain_mut", Some(f)) => {
                call_sync(env, f, vec![item.clone()]).and_then(truth)
            }
            ("dedup_by_key", Some(f)) => call_sync(env, f, vec![item.clone()]).and_then(|key| {
                let fresh = match &last_key {
                    Some(last) => !values_equal(last, &key)?,
                    None => true,
                };
                last_key = Some(key);
                Ok(fresh)
            }),
            _ => match kept.last() {
                Some(last) => equal_by_impl(env, last, &item).map(|same| !same),
                None => Ok(true),
            },
        };
        match keep {
            Ok(false) => {}
            Ok(true) => kept.push(item),
            Err(fault) => {
                outcome = Err(fault);
                kept.push(item);
            }
        }
    }
    *vec.borrow_mut() = kept;
    outcome
}

fn variant_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let Some(v) = receiver.as_variant() else {
        return Ok(None);
    };
    let payload = v.fields.first().cloned().unwrap_or(Value::Unit);
    let arg = args.first().cloned().unwrap_or(Value::Unit);
    let good = matches!(v.tag, Tag::Some | Tag::Ok | Tag::Ready);
    let is_result = matches!(v.tag, Tag::Ok | Tag::Err);
    Ok(Some(match name {
        "is_some" | "is_ok" | "is_ready" => Value::Bool(good),
        "is_none" | "is_err" | "is_pending" => Value::Bool(!good),
        "unwrap" if good => payload,
        "unwrap" if is_result => {
            return Err(format!("called `Result::unwrap()` on an `Err` value: {payload:?}").into())
        }
        "unwrap" => return Err("called `Option::unwrap()` on a `None` value".into()),
        "expect" if good => payload,
        "expect" if is_result => {
            return Err(format!("{}: {payload:?}", arg.as_text().unwrap_or_default()).into())
        }
        "expect" => return Err(arg.as_text().unwrap_or_default().into()),
        "unwrap_err" if v.tag == Tag::Err => payload,
        "unwrap_or" => {
            if good {
                payload
            } else {
                arg
            }
        }
        "unwrap_or_else" => {
            if good {
                payload
            } else {
                call_sync(env, &arg, if is_result { vec![payload] } else { vec![] })?
            }
        }
        "unwrap_or_default" if good => payload,
        "map" if good => Value::variant(v.tag, vec![call_sync(env, &arg, vec![payload])?]),
        "map_err" if v.tag == Tag::Err => {
            Value::variant(Tag::Err, vec![call_sync(env, &arg, vec![payload])?])
        }
        "and_then" if good => call_sync(env, &arg, vec![payload])?,
        "map" | "map_err" | "and_then" => receiver.clone(),
        "ok" => Value::option(if v.tag == Tag::Ok {
            Some(payload)
        } else {
            None
        }),
        "err" => Value::option(if v.tag == Tag::Err {
            Some(payload)
        } else {
            None
        }),
        "ok_or" => {
            if good {
                Value::variant(Tag::Ok, vec![payload])
            } else {
                Value::variant(Tag::Err, vec![arg])
            }
        }
        _ => return either_method(env, receiver, name, args, good, payload),
    }))
}

/// The methods of `Option` and `Result` that choose between the value and something else:
/// the closures run only when std's would.
fn either_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
    good: bool,
    payload: Value,
) -> Result<Option<Value>, Fault> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
    let is_result = receiver
        .as_variant()
        .is_some_and(|v| matches!(v.tag, Tag::Ok | Tag::Err));
    // What a closure of the failure side is given: a `Result`'s error, nothing for `None`.
    let failure_args = |payload: &Value| match is_result {
        true => vec![payload.clone()],
        false => vec![],
    };
    Ok(Some(match name {
        "ok_or_else" if good => Value::variant(Tag::Ok, vec![payload]),
        "ok_or_else" => Value::variant(Tag::Err, vec![call_sync(env, &arg(0), vec![])?]),
        "map_or" if good => call_sync(env, &arg(1), vec![payload])?,
        "map_or" => arg(0),
        "map_or_else" if good => call_sync(env, &arg(1), vec![payload])?,
        "map_or_else" => call_sync(env, &arg(0), failure_args(&payload))?,
        "is_some_and" | "is_ok_and" => {
            Value::Bool(good && truth(call_sync(env, &arg(0), vec![payload])?)?)
        }
        "is_none_or" => Value::Bool(!good || truth(call_sync(env, &arg(0), vec![payload])?)?),
        "is_err_and" => Value::Bool(!good && truth(call_sync(env, &arg(0), vec![payload])?)?),
        "filter" if good && truth(call_sync(env, &arg(0), vec![payload.clone()])?)? => {
            receiver.clone()
        }
        "filter" => Value::option(None),
        "or" if good => receiver.clone(),
        "or" => arg(0),
        "or_else" if good => receiver.clone(),
        "or_else" => call_sync(env, &arg(0), failure_args(&payload))?,
        "and" if good => arg(0),
        "and" => receiver.clone(),
        "xor" => {
            let other_good = arg(0).as_variant().is_some_and(|v| v.tag == Tag::Some);
            match (good, other_good) {
                (true, false) => receiver.clone(),
                (false, true) => arg(0),
                _ => Value::option(None),
            }
        }
        "zip" => match arg(0).as_variant() {
            Some(other) if good && other.tag == Tag::Some => Value::option(Some(Value::Tuple(
                vec![payload, other.fields.first().cloned().unwrap_or_default()].into(),
            ))),
            _ => Value::option(None),
        },
        "flatten" if good => payload,
        "flatten" => receiver.clone(),
        "inspect" | "inspect_err" => {
            if good == (name == "inspect") {
                call_sync(env, &arg(0), vec![payload])?;
            }
            receiver.clone()
        }
        "expect_err" | "unwrap_err" if good => {
            let message = match name {
                "expect_err" => arg(0).as_text().unwrap_or_default(),
                _ => "called `Result::unwrap_err()` on an `Ok` value".into(),
            };
            return Err(format!("{message}: {payload:?}").into());
        }
        "expect_err" => payload,
        "unwrap_or_default" if !args.is_empty() => arg(0),
        "unwrap_or_default" => {
            return Err(
                "`unwrap_or_default` on a failure needs the value's type, which the \
                        playground cannot tell here (a playground limit)"
                    .into(),
            )
        }
        "iter" | "into_iter" | "iter_mut" => iter_of(if good { vec![payload] } else { vec![] }),
        _ => return Ok(None),
    }))
}

/// Methods of integers.
fn int_method(receiver: &Value, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
    let int = as_int(receiver)?;
    let arg = args.first().map(as_int).transpose()?;
    if let Some(result) = family_method(int, name, arg)? {
        return Ok(Some(match result {
            Family::Plain(value) => Value::int(value),
            Family::Checked(value) => Value::option(value.map(Value::int)),
            Family::Overflowing(value, overflowed) => {
                Value::Tuple(vec![Value::int(value), Value::Bool(overflowed)].into())
            }
        }));
    }
    if let Some(value) = unary_family(int, name) {
        return Ok(Some(value));
    }
    let other = || {
        arg.ok_or_else(|| Fault::from(format!("`{name}` takes one argument")))
            .and_then(|other| other.retype(int.ty))
    };
    let bits = |n: u32| Value::Int(i64::from(n), IntType::U32);
    let width = int.ty.bits();
    let raw = int.radix_bits();
    Ok(Some(match name {
        "abs" if int.ty.signed() => Value::int(if int.is_negative() { int.neg()? } else { int }),
        "signum" if int.ty.signed() => Value::int(Int::new(int.value.signum(), int.ty)),
        "is_negative" => Value::Bool(int.is_negative()),
        "is_positive" => Value::Bool(!int.is_negative() && int.value != 0),
        "min" | "max" => {
            let other = other()?;
            let take_other = match name {
                "min" => other.cmp_value(int).is_lt(),
                _ => other.cmp_value(int).is_ge(),
            };
            Value::int(if take_other { other } else { int })
        }
        "clamp" => {
            let (low, high) = match args {
                [low, high] => (as_int(low)?.retype(int.ty)?, as_int(high)?.retype(int.ty)?),
                _ => return Err("`clamp` takes two arguments".into()),
            };
            if low.cmp_value(high).is_gt() {
                return Err("assertion failed: min <= max".into());
            }
            Value::int(if int.cmp_value(low).is_lt() {
                low
            } else if int.cmp_value(high).is_gt() {
                high
            } else {
                int
            })
        }
        "abs_diff" => {
            let other = other()?;
            let (high, low) = if int.cmp_value(other).is_ge() {
                (int, other)
            } else {
                (other, int)
            };
            let unsigned = unsigned_of(int.ty);
            Value::int(unsigned.wrap(high.value.wrapping_sub(low.value)))
        }
        "rem_euclid" | "div_euclid" => {
            let other = other()?;
            if other.value == 0 {
                return Err(match name {
                    "rem_euclid" => "attempt to calculate the remainder with a divisor of zero",
                    _ => "attempt to divide by zero",
                }
                .into());
            }
            let value = match name {
                "rem_euclid" => int.value.rem_euclid(other.value),
                _ => int.value.div_euclid(other.value),
            };
            Value::int(Int::new(value, int.ty).retype(int.ty)?)
        }
        "count_ones" => bits(raw.count_ones()),
        "count_zeros" => bits(width - raw.count_ones()),
        "leading_zeros" => bits(raw.leading_zeros() - (128 - width)),
        "trailing_zeros" => bits(raw.trailing_zeros().min(width)),
        "is_power_of_two" if !int.ty.signed() => Value::Bool(raw.count_ones() == 1),
        "next_power_of_two" if !int.ty.signed() => {
            let next = int.as_u128().max(1).checked_next_power_of_two();
            match next
                .map(|n| Int::new(n as i128, int.ty))
                .filter(|n| n.fits())
            {
                Some(next) => Value::int(next),
                None => return Err("attempt to add with overflow".into()),
            }
        }
        "leading_ones" => bits((!raw << (128 - width)).leading_zeros().min(width)),
        "trailing_ones" => bits((!raw).trailing_zeros().min(width)),
        "rotate_left" | "rotate_right" => {
            let by = arg.map_or(0, |n| n.value.rem_euclid(i128::from(width))) as u32;
            let by = if name == "rotate_left" {
                by
            } else {
                (width - by) % width
            };
            let rotated = if by == 0 {
                raw
            } else {
                (raw << by | raw >> (width - by)) & mask(width)
            };
            Value::int(int.ty.wrap(rotated as i128))
        }
        "swap_bytes" | "reverse_bits" => {
            let full = match name {
                "swap_bytes" => raw.swap_bytes(),
                _ => raw.reverse_bits(),
            };
            Value::int(int.ty.wrap((full >> (128 - width)) as i128))
        }
        "unsigned_abs" => Value::int(Int::new(
            int.value.unsigned_abs() as i128,
            unsigned_of(int.ty),
        )),
        _ => return Ok(None),
    }))
}

/// `abs` and `neg` in the `checked_`, `wrapping_`, `saturating_` and `overflowing_` families.
fn unary_family(int: Int, name: &str) -> Option<Value> {
    let (family, verb) = name.split_once('_')?;
    let exact = match verb {
        "abs" if !int.is_negative() => Ok(int),
        "abs" | "neg" => int.neg(),
        _ => return None,
    };
    let wrapped = match &exact {
        Ok(value) => *value,
        Err(_) => int.ty.wrap(int.value.wrapping_neg()),
    };
    Some(match family {
        "checked" => Value::option(exact.ok().map(Value::int)),
        "wrapping" => Value::int(wrapped),
        "saturating" => Value::int(exact.unwrap_or_else(|_| int.ty.max())),
        "overflowing" => {
            Value::Tuple(vec![Value::int(wrapped), Value::Bool(exact.is_err())].into())
        }
        _ => return None,
    })
}

/// Sorts `items` stably, as std's `sort_by` does (the same comparisons in the same order):
/// every sort of values goes through this one instantiation of std's sort, each of which
/// costs kilobytes of the page's bundle.
pub(super) fn sort_values(
    items: &mut [Value],
    order: &mut dyn FnMut(&Value, &Value) -> std::cmp::Ordering,
) {
    items.sort_by(order);
}

/// `sort_by(|a, b| ..)` or, with `by_key`, `sort_by_key(|x| ..)`: the program's closure
/// orders the items (std's sort is stable, and so is this one). The items are out of the vector
/// while the closure runs, as the `&mut` borrow makes them in Rust.
fn sort_with(
    env: &mut Env<'_, '_>,
    vec: &std::cell::RefCell<Vec<Value>>,
    by: SortBy<'_>,
) -> Result<(), Fault> {
    let mut items = std::mem::take(&mut *vec.borrow_mut());
    let mut failure = None;
    let mut order = |a: &Value, b: &Value| -> Result<std::cmp::Ordering, Fault> {
        let ordering = match by {
            SortBy::Order => compare_by_impl(env, a, b)?,
            SortBy::Key(f) => {
                let (ka, kb) = (
                    call_sync(env, f, vec![a.clone()])?,
                    call_sync(env, f, vec![b.clone()])?,
                );
                compare_by_impl(env, &ka, &kb)?
            }
            SortBy::Closure(f) => ordering_of(&call_sync(env, f, vec![a.clone(), b.clone()])?),
        };
        ordering.ok_or_else(|| "the comparison of `sort_by` gave no `Ordering`".into())
    };
    sort_values(&mut items, &mut |a, b| {
        if failure.is_some() {
            return std::cmp::Ordering::Equal;
        }
        order(a, b).unwrap_or_else(|fault| {
            failure = Some(fault);
            std::cmp::Ordering::Equal
        })
    });
    *vec.borrow_mut() = items;
    failure.map_or(Ok(()), Err)
}

/// What orders a sort: the items' own order (`Ord`, the program's impl if it wrote one), a
/// key function's results, or a comparison closure.
#[derive(Clone, Copy)]
enum SortBy<'f> {
    Order,
    Key(&'f Value),
    Closure(&'f Value),
}

/// The low `width` bits set.
fn mask(width: u32) -> u128 {
    if width == 128 {
        u128::MAX
    } else {
        (1u128 << width) - 1
    }
}

/// The unsigned type of the same width (`abs_diff`'s result).
fn unsigned_of(ty: IntType) -> IntType {
    match ty.bits() {
        8 => IntType::U8,
        16 => IntType::U16,
        32 => IntType::U32,
        128 => IntType::U128,
        _ if matches!(ty, IntType::Isize | IntType::Usize) => IntType::Usize,
        _ => IntType::U64,
    }
}

/// Methods of `f32` and `f64`, computed in the value's own type.
fn float_method(f: f64, ty: FloatType, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
    let arg = |i: usize| match args.get(i).map(Value::deref) {
        Some(Value::Float(x, _)) => Ok(x),
        Some(other) => match other.as_int() {
            Some(int) if name == "powi" => Ok(int.value as f64),
            _ => Err(format!(
                "`{name}` needs a float argument, found {}",
                other.type_name()
            )),
        },
        None => Err(format!("`{name}` takes an argument")),
    };
    let float = |x: f64| Value::Float(ty.round(x), ty);
    Ok(Some(match name {
        "abs" => float(f.abs()),
        "sqrt" => float(f.sqrt()),
        "cbrt" => float(math::cbrt(f)),
        "floor" => float(f.floor()),
        "ceil" => float(f.ceil()),
        "round" => float(f.round()),
        "trunc" => float(f.trunc()),
        "fract" => float(f.fract()),
        "signum" => float(f.signum()),
        "exp" => float(math::exp(f)),
        "ln" => float(math::ln(f)),
        "log10" => float(math::log10(f)),
        "log2" => float(math::log2(f)),
        "sin" => float(math::sin(f)),
        "cos" => float(math::cos(f)),
        "tan" => float(math::tan(f)),
        "recip" => float(f.recip()),
        "to_degrees" => float(f.to_degrees()),
        "to_radians" => float(f.to_radians()),
        "powi" => float(f.powi(arg(0)? as i32)),
        "powf" => float(math::powf(f, arg(0)?)),
        "min" => float(f.min(arg(0)?)),
        "max" => float(f.max(arg(0)?)),
        "hypot" => float(f.hypot(arg(0)?)),
        "atan2" => float(math::atan2(f, arg(0)?)),
        "mul_add" => float(f.mul_add(arg(0)?, arg(1)?)),
        "clamp" => {
            let (min, max) = (arg(0)?, arg(1)?);
            // std's own check, made here so that the interpreter itself never panics.
            if !matches!(
                min.partial_cmp(&max),
                Some(std::cmp::Ordering::Less | std::cmp::Ordering::Equal)
            ) {
                return Err(
                    format!("min > max, or either was NaN. min = {min:?}, max = {max:?}").into(),
                );
            }
            float(f.clamp(min, max))
        }
        "is_nan" => Value::Bool(f.is_nan()),
        "is_finite" => Value::Bool(f.is_finite()),
        "is_infinite" => Value::Bool(f.is_infinite()),
        "is_sign_negative" => Value::Bool(f.is_sign_negative()),
        "is_sign_positive" => Value::Bool(f.is_sign_positive()),
        "total_cmp" => ordering(f.total_cmp(&arg(0)?)),
        _ => return Ok(None),
    }))
}

/// A `std::cmp::Ordering` value.
pub fn ordering(order: std::cmp::Ordering) -> Value {
    let tag = match order {
        std::cmp::Ordering::Less => Tag::Less,
        std::cmp::Ordering::Equal => Tag::Equal,
        std::cmp::Ordering::Greater => Tag::Greater,
    };
    Value::variant(tag, Vec::new())
}

/// The `std::cmp::Ordering` an `Ordering` value is.
pub fn ordering_of(value: &Value) -> Option<std::cmp::Ordering> {
    match value.as_variant()?.tag {
        Tag::Less => Some(std::cmp::Ordering::Less),
        Tag::Equal => Some(std::cmp::Ordering::Equal),
        Tag::Greater => Some(std::cmp::Ordering::Greater),
        _ => None,
    }
}

fn is_ordering(tag: Tag) -> bool {
    matches!(tag, Tag::Less | Tag::Equal | Tag::Greater)
}

/// Methods of `Ordering`.
fn ordering_method(
    env: &mut Env<'_, '_>,
    tag: Tag,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let order = match tag {
        Tag::Less => std::cmp::Ordering::Less,
        Tag::Equal => std::cmp::Ordering::Equal,
        _ => std::cmp::Ordering::Greater,
    };
    Ok(Some(match name {
        "reverse" => ordering(order.reverse()),
        "then" => match (order, args.first()) {
            (std::cmp::Ordering::Equal, Some(other)) => other.clone(),
            _ => ordering(order),
        },
        // The closure runs only when the order is not yet decided, as std's `then_with`.
        "then_with" => match (order, args.first()) {
            (std::cmp::Ordering::Equal, Some(f)) => call_sync(env, f, Vec::new())?,
            _ => ordering(order),
        },
        "is_eq" => Value::Bool(order.is_eq()),
        "is_ne" => Value::Bool(order.is_ne()),
        "is_lt" => Value::Bool(order.is_lt()),
        "is_le" => Value::Bool(order.is_le()),
        "is_gt" => Value::Bool(order.is_gt()),
        "is_ge" => Value::Bool(order.is_ge()),
        _ => return Ok(None),
    }))
}

fn is_future_method(name: &str) -> bool {
    matches!(
        name,
        "map"
            | "then"
            | "and_then"
            | "or_else"
            | "map_ok"
            | "map_err"
            | "inspect"
            | "inspect_ok"
            | "inspect_err"
            | "unwrap_or_else"
            | "err_into"
            | "ok_into"
            | "flatten"
            | "try_flatten"
            | "flatten_stream"
            | "try_flatten_stream"
            | "map_ok_or_else"
            | "never_error"
            | "unit_error"
            | "remote_handle"
            | "poll_unpin"
            | "left_future"
            | "right_future"
            | "now_or_never"
            | "take_output"
            | "shared"
            | "is_aborted"
            | "boxed"
            | "boxed_local"
            | "poll"
            | "as_mut"
            | "fuse"
    )
}

/// `FutureExt` and `TryFutureExt` methods, and the few inherent methods of futures' types.
fn future_method(
    env: &mut Env<'_, '_>,
    receiver: Value,
    name: &str,
    args: Vec<Value>,
) -> Result<Value, Fault> {
    use super::combinators::{Arm, Combinator, MapKind};
    let mut args = args.into_iter();
    let mut f = || args.next().unwrap_or(Value::Unit);
    let map = |f, arm, kind| {
        future_value(FutureObj::Combinator(Combinator::map(
            receiver.clone(),
            f,
            arm,
            kind,
        )))
    };
    let then = |f, arm| {
        future_value(FutureObj::Combinator(Combinator::then(
            receiver.clone(),
            f,
            arm,
        )))
    };
    Ok(match name {
        "map" => map(f(), Arm::Any, MapKind::Replace),
        "map_ok" => map(f(), Arm::Ok, MapKind::Replace),
        "map_err" => map(f(), Arm::Err, MapKind::Replace),
        "inspect" => map(f(), Arm::Any, MapKind::Inspect),
        "inspect_ok" => map(f(), Arm::Ok, MapKind::Inspect),
        "inspect_err" => map(f(), Arm::Err, MapKind::Inspect),
        "unwrap_or_else" => map(f(), Arm::Err, MapKind::Unwrap),
        "then" => then(Some(f()), Arm::Any),
        "and_then" => then(Some(f()), Arm::Ok),
        "or_else" => then(Some(f()), Arm::Err),
        "flatten" => then(None, Arm::Any),
        "try_flatten" => then(None, Arm::Ok),
        "fuse" => future_value(FutureObj::Fuse(receiver)),
        "flatten_stream" | "try_flatten_stream" => {
            super::stream::flatten_stream(env, receiver, name == "try_flatten_stream")
        }
        "never_error" | "unit_error" => super::stream::never_error(env, receiver),
        "remote_handle" => super::stream::remote_handle(env, receiver),
        "map_ok_or_else" => {
            let (on_err, on_ok) = (f(), f());
            super::stream::map_ok_or_else(env, receiver, on_err, on_ok)
        }
        "left_future" => Value::variant(Tag::Left, vec![receiver]),
        "right_future" => Value::variant(Tag::Right, vec![receiver]),
        "now_or_never" => Value::option(super::future::poll_now(env, &receiver)?),
        "shared" => super::crate_future::shared(env, receiver),
        "take_output" => Value::option(match &receiver {
            Value::Future(obj) => match obj.try_borrow_mut().as_deref_mut() {
                Ok(FutureObj::Combinator(combinator)) => combinator.take_output(),
                _ => None,
            },
            _ => None,
        }),
        "is_aborted" => match &receiver {
            Value::Future(obj) => Value::Bool(
                obj.try_borrow()
                    .ok()
                    .and_then(|state| super::crate_future::is_aborted(&state))
                    .ok_or("`is_aborted` needs an `Abortable` future")?,
            ),
            _ => return Err("`is_aborted` needs an `Abortable` future".into()),
        },
        "poll" | "poll_unpin" => super::waker::poll_with(env, &receiver, Some(&f()))?,
        // `err_into` and `ok_into` convert as `into()` does; `boxed`, `boxed_local` and
        // `as_mut` are the future itself, since values never move.
        _ => receiver,
    })
}

/// The methods of `RefCell` and of `Cell`, which shares its representation.
fn cell_method(receiver: &Value, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
    let Value::RefCell(cell) = receiver else {
        return Ok(None);
    };
    let borrows = cell.borrows.get();
    Ok(Some(match name {
        "borrow" if borrows < 0 => return Err("already mutably borrowed: BorrowError".into()),
        "borrow_mut" if borrows != 0 => return Err("already borrowed: BorrowMutError".into()),
        // The `try_` forms answer a conflict with `Err` instead of panicking; only whether it
        // is `Err` can be seen, as `BorrowError` prints nothing else.
        "try_borrow" if borrows < 0 => Value::variant(Tag::Err, vec![Value::Unit]),
        "try_borrow_mut" if borrows != 0 => Value::variant(Tag::Err, vec![Value::Unit]),
        "borrow" | "borrow_mut" => borrow_guard(cell, name == "borrow_mut"),
        "try_borrow" | "try_borrow_mut" => {
            Value::variant(Tag::Ok, vec![borrow_guard(cell, name == "try_borrow_mut")])
        }
        "into_inner" => cell.value.borrow().clone(),
        // A `Mutex`: one thread, so a lock is free unless that thread holds it already.
        "try_lock" if borrows != 0 => Value::variant(Tag::Err, vec![Value::Unit]),
        "lock" if borrows != 0 => {
            return Err("deadlock: this thread already holds the `Mutex` it locks".into())
        }
        "lock" | "try_lock" => Value::variant(Tag::Ok, vec![borrow_guard(cell, true)]),
        "get" => super::vm::cell_contents(receiver)?,
        "set" => {
            let value = args.first().cloned().unwrap_or(Value::Unit);
            let old = std::mem::replace(&mut *cell.value.borrow_mut(), value);
            release_one(old);
            Value::Unit
        }
        // A cell that is no place of the program's (a `thread_local!` key's): `take` and
        // `replace` change it where it is.
        "take" | "replace" => in_place_inner(name, receiver.clone(), args.first().cloned())?.1,
        _ => return Ok(None),
    }))
}

/// A new borrow of `cell`, shared or `mutable`, released when the guard drops.
fn borrow_guard(cell: &Rc<CellObj>, mutable: bool) -> Value {
    let borrows = cell.borrows.get();
    cell.borrows.set(if mutable { -1 } else { borrows + 1 });
    Value::Guard(Rc::new(Guard {
        place: Place::Cell(Rc::clone(cell)),
        mutable,
    }))
}

fn net_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    Ok(Some(match (receiver, name) {
        (Value::Listener(listener), "async_accept") => {
            let listener = Rc::clone(listener);
            native_future(async move {
                net_result(
                    listener
                        .async_accept()
                        .await
                        .map(|s| Value::Stream(Rc::new(s))),
                )
            })
        }
        (Value::Stream(stream), "async_read") => {
            let stream = Rc::clone(stream);
            native_future(async move {
                let bytes = stream.async_read().await;
                net_result(bytes.map(|b| Value::vec(b.into_iter().map(byte).collect())))
            })
        }
        (Value::Stream(stream), "async_send") => {
            let data = bytes_of(env, args.first().unwrap_or(&Value::Unit))?;
            let stream = Rc::clone(stream);
            native_future(
                async move { net_result(stream.async_send(data).await.map(Value::usize)) },
            )
        }
        _ => return Ok(None),
    }))
}

fn bytes_of(env: &mut Env<'_, '_>, value: &Value) -> Result<Vec<u8>, Fault> {
    match value.as_text() {
        Some(text) => Ok(text.into_bytes()),
        None => items(env, value)?.iter().map(as_byte).collect(),
    }
}

/// `take`, `replace`, `insert`, `toggle` on a place: returns the new place value and the
/// result.
pub fn in_place(name: &str, receiver: Value, args: Vec<Value>) -> Result<(Value, Value), Fault> {
    if name == "clone_from" {
        // `a.clone_from(&b)` is `a = b.clone()`.
        let source = args.into_iter().next().unwrap_or(Value::Unit);
        return Ok((deep_clone(&source)?, Value::Unit));
    }
    // Through a `RefMut` or `MutexGuard` held in a variable: on the value it guards.
    if let Value::Guard(guard) = &receiver {
        if guard.mutable {
            let (new_inner, result) = in_place(name, guard.get(), args)?;
            guard.replace(new_inner);
            return Ok((receiver, result));
        }
    }
    let arg = if args.len() == 2 {
        Some(Value::Tuple(args.into()))
    } else {
        args.into_iter().next()
    };
    if let Value::Guard(guard) = &receiver {
        // A `&mut` to the place (an `iter_mut` item): the method changes the place itself.
        let (new_inner, result) = in_place_inner(name, guard.get(), arg)?;
        guard.replace(new_inner);
        return Ok((receiver, result));
    }
    in_place_inner(name, receiver, arg)
}

/// [`in_place`] on a receiver that is the value itself, its arguments packed in one.
fn in_place_inner(
    name: &str,
    receiver: Value,
    arg: Option<Value>,
) -> Result<(Value, Value), Fault> {
    // `Rc<Cell<T>>`: the cell it shares changes, the `Rc` stays.
    if let Value::Rc(shared) = &receiver {
        if let Value::RefCell(_) = &**shared {
            let (_, old) = in_place_inner(name, Value::clone(shared), arg)?;
            return Ok((receiver, old));
        }
    }
    if let Value::RefCell(cell) = &receiver {
        let new = match (name, arg) {
            ("take", _) => super::mem::default_like(&cell.value.borrow())?,
            (_, arg) => arg.unwrap_or(Value::Unit),
        };
        let old = std::mem::replace(&mut *cell.value.borrow_mut(), new);
        return Ok((receiver, old));
    }
    if let (Value::Vec(vec), "insert") = (&receiver, name) {
        return Ok((receiver.clone(), vec_insert(vec, arg)?));
    }
    if let (Value::String(owned), "insert", Some(Value::Tuple(pair))) = (&receiver, name, &arg) {
        let c = match &pair[1] {
            Value::Char(c) => *c,
            other => {
                return Err(format!("`insert` needs a char, found {}", other.type_name()).into())
            }
        };
        insert_at(owned, as_index(&pair[0])?, &c.to_string())?;
        return Ok((receiver.clone(), Value::Unit));
    }
    if let (Value::Map(map), "insert") = (&receiver, name) {
        let pair = match arg {
            Some(Value::Tuple(pair)) if !map.kind.is_set() => pair.to_vec(),
            other => other.into_iter().collect(),
        };
        return Ok((receiver.clone(), super::collections::insert(map, &pair)?));
    }
    match (name, receiver.as_variant()) {
        // `PollNext::toggle`: the other side, giving back the side it was.
        ("toggle", Some(v)) if matches!(v.tag, Tag::NextLeft | Tag::NextRight) => {
            let other = match v.tag {
                Tag::NextLeft => Tag::NextRight,
                _ => Tag::NextLeft,
            };
            Ok((Value::variant(other, Vec::new()), receiver))
        }
        ("take", Some(_)) => Ok((Value::option(None), receiver)),
        ("replace", Some(_)) => Ok((Value::option(arg), receiver)),
        ("insert" | "get_or_insert", Some(v)) => {
            let kept = if name == "get_or_insert" && v.tag == Tag::Some {
                v.fields.first().cloned()
            } else {
                arg
            };
            let value = kept.unwrap_or(Value::Unit);
            Ok((Value::option(Some(value.clone())), value))
        }
        _ => Err(unknown(&receiver, name)),
    }
}

fn vec_insert(vec: &std::cell::RefCell<Vec<Value>>, args: Option<Value>) -> Result<Value, Fault> {
    let Some(Value::Tuple(pair)) = args else {
        return Err("`insert` needs an index and a value".into());
    };
    let (index, value) = (as_index(&pair[0])?, pair[1].clone());
    let len = vec.borrow().len();
    if index > len {
        return Err(format!("insertion index (is {index}) should be <= len (is {len})").into());
    }
    reserve_values(len + 1)?;
    vec.borrow_mut().insert(index, value);
    Ok(Value::Unit)
}
