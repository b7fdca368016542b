//! Built-in methods of String/&str, Vec and iterators, Option/Result/Poll, integers, Rc and
//! RefCell, wakers and futures. It must never panic on any receiver or argument, and never
//! accept a method it does not implement exactly: unknown ones are runtime errors naming them.

use super::format::display_string;
use super::future::{future_value, poll_value, FutureObj, Polled};
use super::natives::{native_future, net_result};
use super::ops::{as_index, as_int, check_len, iter_of};
use super::value::{compare, deep_clone, values_equal, Guard, Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::stack::TooDeep;
use std::rc::Rc;

/// Calls method `name` (interned) on `receiver`.
pub fn call(
    env: &mut Env<'_, '_>,
    receiver: Value,
    name: u32,
    args: Vec<Value>,
) -> Result<Value, Fault> {
    let name = env.shared.program.names[name as usize].clone();
    let result = match &receiver {
        Value::Rc(inner) if name == "clone" => return Ok(Value::Rc(Rc::clone(inner))),
        Value::Rc(_) | Value::Guard(_) if !matches!(name.as_str(), "to_string") => {
            return call_deref(env, receiver, &name, args)
        }
        Value::String(_) | Value::Str(_) => text_method(&receiver, &name, &args)?,
        Value::Vec(_) | Value::Iter(_) | Value::Range(..) => {
            seq_method(env, &receiver, &name, &args)?
        }
        Value::Variant(_) => variant_method(env, &receiver, &name, &args)?,
        Value::Int(i) => int_method(*i, &name, &args)?,
        Value::Future(_) | Value::Struct(_) if is_future_method(&name) => {
            return future_method(env, receiver.clone(), &name, args)
        }
        Value::RefCell(_) => cell_method(&receiver, &name)?,
        Value::Context(waker) | Value::Waker(waker) => waker_method(&receiver, waker, &name)?,
        Value::Listener(_) | Value::Stream(_) => net_method(&receiver, &name, &args)?,
        _ => None,
    };
    match result {
        Some(value) => Ok(value),
        None => common_method(&receiver, &name, &args),
    }
}

fn call_deref(
    env: &mut Env<'_, '_>,
    receiver: Value,
    name: &str,
    args: Vec<Value>,
) -> Result<Value, Fault> {
    if let (Value::Guard(guard), "take" | "replace" | "insert" | "get_or_insert") =
        (&receiver, name)
    {
        let inner = guard.cell.value.borrow().clone();
        let (new_inner, result) = in_place(name, inner, args)?;
        *guard.cell.value.borrow_mut() = new_inner;
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
        ("clone" | "to_owned" | "cloned" | "copied", []) => Ok(deep_clone(receiver)?),
        ("to_string", []) => Ok(Value::string(display_string(receiver)?)),
        ("eq", [other]) => Ok(Value::Bool(values_equal(receiver, other)?)),
        ("ne", [other]) => Ok(Value::Bool(!values_equal(receiver, other)?)),
        (
            "as_ref" | "as_mut" | "borrow" | "get_mut" | "as_deref" | "into" | "iter" | "by_ref",
            [],
        ) => Ok(receiver.clone()),
        ("as_millis" | "as_secs", []) => match receiver {
            Value::Duration(ms) => Ok(Value::Int(
                if name == "as_millis" { *ms } else { *ms / 1000 } as i64,
            )),
            _ => Err(unknown(receiver, name)),
        },
        ("cmp" | "partial_cmp", [other]) => match compare(receiver, other)? {
            Some(order) => Ok(Value::Int(order as i64)),
            None => Err(unknown(receiver, name)),
        },
        _ => Err(unknown(receiver, name)),
    }
}

fn unknown(receiver: &Value, name: &str) -> Fault {
    format!(
        "no method named `{name}` found for {} in the playground",
        receiver.type_name()
    )
    .into()
}

fn text_method(receiver: &Value, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
    if let (Value::String(owned), "push_str" | "push") = (receiver, name) {
        return push_text(owned, args).map(Some);
    }
    if let (Value::String(owned), "len") = (receiver, name) {
        return Ok(Some(Value::Int(owned.borrow().len() as i64)));
    }
    let s = receiver.as_text().unwrap_or_default();
    let arg_text = |i: usize| {
        args.get(i)
            .and_then(Value::as_text)
            .ok_or_else(|| format!("`{name}` needs a string argument"))
    };
    Ok(Some(match name {
        "len" => Value::Int(s.len() as i64),
        "is_empty" => Value::Bool(s.is_empty()),
        "to_string" | "to_owned" | "clone" | "into" => Value::string(s),
        "as_str" | "as_ref" | "borrow" => receiver.clone(),
        "to_uppercase" => Value::string(s.to_uppercase()),
        "to_lowercase" => Value::string(s.to_lowercase()),
        "trim" => Value::Str(s.trim().into()),
        "contains" => Value::Bool(match args.first() {
            Some(Value::Char(c)) => s.contains(*c),
            _ => s.contains(&arg_text(0)?),
        }),
        "starts_with" => Value::Bool(s.starts_with(&arg_text(0)?)),
        "ends_with" => Value::Bool(s.ends_with(&arg_text(0)?)),
        "split_whitespace" => iter_of(s.split_whitespace().map(|w| Value::Str(w.into())).collect()),
        "split" => iter_of(
            s.split(&arg_text(0)?)
                .map(|w| Value::Str(w.into()))
                .collect(),
        ),
        "lines" => iter_of(s.lines().map(|w| Value::Str(w.into())).collect()),
        "chars" => iter_of(s.chars().map(Value::Char).collect()),
        "bytes" | "as_bytes" => Value::vec(s.bytes().map(|b| Value::Int(b as i64)).collect()),
        "repeat" => {
            let n = as_index(args.first().unwrap_or(&Value::Unit))?;
            check_len(s.len().saturating_mul(n))?;
            Value::string(s.repeat(n))
        }
        "replace" => Value::string(s.replace(&arg_text(0)?, &arg_text(1)?)),
        "parse" => parse_int(&s),
        _ => return Ok(None),
    }))
}

/// `push_str`/`push` without copying the string: appends in place.
fn push_text(owned: &std::cell::RefCell<String>, args: &[Value]) -> Result<Value, Fault> {
    let tail = match args.first() {
        Some(Value::Char(c)) => c.to_string(),
        Some(other) => other
            .as_text()
            .ok_or("`push_str` needs a string argument")?,
        None => return Err("`push_str` needs a string argument".into()),
    };
    check_len(owned.borrow().len() + tail.len())?;
    owned.borrow_mut().push_str(&tail);
    Ok(Value::Unit)
}

fn parse_int(s: &str) -> Value {
    match s.parse::<i64>() {
        Ok(n) => Value::variant(Tag::Ok, vec![Value::Int(n)]),
        Err(e) => Value::variant(Tag::Err, vec![Value::Str(format!("{e:?}").into())]),
    }
}

/// The items of a vector, iterator or range.
pub fn items(value: &Value) -> Result<Vec<Value>, Fault> {
    match value.deref() {
        Value::Vec(items) => Ok(items.borrow().clone()),
        Value::Iter(iter) => Ok(iter.borrow_mut().by_ref().collect()),
        Value::Range(start, end) => {
            let len = usize::try_from(end.saturating_sub(start)).unwrap_or(0);
            check_len(len)?;
            Ok((start..end).map(Value::Int).collect())
        }
        other => Err(format!("expected a vector or iterator, found {}", other.type_name()).into()),
    }
}

fn seq_method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    if let Value::Vec(vec) = receiver {
        if let Some(value) = vec_method(vec, name, args)? {
            return Ok(Some(value));
        }
    }
    iter_method(env, items(receiver)?, name, args)
}

fn vec_method(
    vec: &std::cell::RefCell<Vec<Value>>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
    let len = vec.borrow().len();
    let out_of_bounds =
        |i: usize| format!("index out of bounds: the len is {len} but the index is {i}");
    Ok(Some(match name {
        "push" => {
            check_len(len + 1)?;
            vec.borrow_mut().push(arg(0));
            Value::Unit
        }
        "pop" => Value::option(vec.borrow_mut().pop()),
        "len" => Value::Int(len as i64),
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
            let more = items(&arg(0))?;
            check_len(len + more.len())?;
            vec.borrow_mut().extend(more);
            Value::Unit
        }
        "sort" | "sort_unstable" => {
            let mut too_deep = Ok(());
            vec.borrow_mut().sort_by(|a, b| {
                let order = compare(a, b).unwrap_or_else(|error| {
                    too_deep = Err(error);
                    None
                });
                order.unwrap_or(std::cmp::Ordering::Equal)
            });
            too_deep?;
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
            let Value::Range(start, end) = arg(0) else {
                return Err("`drain` needs a range".into());
            };
            let end = if end == i64::MAX {
                len
            } else {
                as_index(&Value::Int(end))?
            };
            let start = as_index(&Value::Int(start))?;
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
            for item in vec.borrow().iter() {
                if values_equal(item, &wanted)? {
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
        _ => return Ok(None),
    }))
}

fn iter_method(
    env: &mut Env<'_, '_>,
    items: Vec<Value>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let f = args.first().cloned().unwrap_or(Value::Unit);
    let call = |env: &mut Env<'_, '_>, args: Vec<Value>| call_sync(env, &f, args);
    Ok(Some(match name {
        "iter" | "iter_mut" | "into_iter" | "cloned" | "copied" => iter_of(items),
        "map" => iter_of(
            items
                .into_iter()
                .map(|v| call(env, vec![v]))
                .collect::<Result<_, _>>()?,
        ),
        "filter" => {
            let mut kept = Vec::new();
            for item in items {
                if truthy(&call(env, vec![item.clone()])?)? {
                    kept.push(item);
                }
            }
            iter_of(kept)
        }
        "for_each" => {
            for item in items {
                call(env, vec![item])?;
            }
            Value::Unit
        }
        "enumerate" => iter_of(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| Value::Tuple(vec![Value::Int(i as i64), v].into()))
                .collect(),
        ),
        "rev" => iter_of(items.into_iter().rev().collect()),
        "skip" => iter_of(items.into_iter().skip(as_index(&f)?).collect()),
        "take" => iter_of(items.into_iter().take(as_index(&f)?).collect()),
        "zip" => iter_of(
            items
                .into_iter()
                .zip(self::items(&f)?)
                .map(|(a, b)| Value::Tuple(vec![a, b].into()))
                .collect(),
        ),
        "chain" => iter_of(items.into_iter().chain(self::items(&f)?).collect()),
        "collect" | "to_vec" => Value::vec(items),
        "count" => Value::Int(items.len() as i64),
        "sum" | "product" => fold_ints(&items, name == "sum")?,
        "max" | "min" => Value::option(extreme(items, name == "max")?),
        "last" => Value::option(items.into_iter().last()),
        "next" => Value::option(items.into_iter().next()),
        "any" | "all" | "find" | "position" => search(env, &f, items, name)?,
        "fold" => {
            let g = args.get(1).cloned().unwrap_or(Value::Unit);
            items
                .into_iter()
                .try_fold(f, |acc, item| call_sync(env, &g, vec![acc, item]))?
        }
        "len" => Value::Int(items.len() as i64),
        _ => return Ok(None),
    }))
}

fn truthy(value: &Value) -> Result<bool, Fault> {
    match value {
        Value::Bool(b) => Ok(*b),
        other => Err(format!("expected a bool, found {}", other.type_name()).into()),
    }
}

fn fold_ints(items: &[Value], sum: bool) -> Result<Value, Fault> {
    let mut acc: i64 = if sum { 0 } else { 1 };
    for item in items {
        let n = as_int(item)?;
        acc = if sum {
            acc.checked_add(n).ok_or("attempt to add with overflow")?
        } else {
            acc.checked_mul(n)
                .ok_or("attempt to multiply with overflow")?
        };
    }
    Ok(Value::Int(acc))
}

fn extreme(items: Vec<Value>, max: bool) -> Result<Option<Value>, TooDeep> {
    let mut best: Option<Value> = None;
    for item in items {
        let Some(current) = &best else {
            best = Some(item);
            continue;
        };
        let order = compare(&item, current)?.unwrap_or(std::cmp::Ordering::Equal);
        if (max && order.is_ge()) || (!max && order.is_lt()) {
            best = Some(item);
        }
    }
    Ok(best)
}

fn search(env: &mut Env<'_, '_>, f: &Value, items: Vec<Value>, name: &str) -> Result<Value, Fault> {
    for (i, item) in items.into_iter().enumerate() {
        let hit = truthy(&call_sync(env, f, vec![item.clone()])?)?;
        match (name, hit) {
            ("any", true) => return Ok(Value::Bool(true)),
            ("all", false) => return Ok(Value::Bool(false)),
            ("find", true) => return Ok(Value::option(Some(item))),
            ("position", true) => return Ok(Value::option(Some(Value::Int(i as i64)))),
            _ => {}
        }
    }
    Ok(match name {
        "any" => Value::Bool(false),
        "all" => Value::Bool(true),
        _ => Value::option(None),
    })
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
        _ => return Ok(None),
    }))
}

fn int_method(i: i64, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
    let arg = || args.first().map(as_int).unwrap_or(Ok(0));
    Ok(Some(Value::Int(match name {
        "abs" => i.checked_abs().ok_or("attempt to negate with overflow")?,
        "pow" => i
            .checked_pow(u32::try_from(arg()?).unwrap_or(u32::MAX))
            .ok_or("attempt to multiply with overflow")?,
        "min" => i.min(arg()?),
        "max" => i.max(arg()?),
        "signum" => i.signum(),
        "saturating_sub" => i.saturating_sub(arg()?),
        "saturating_add" => i.saturating_add(arg()?),
        "wrapping_add" => i.wrapping_add(arg()?),
        _ => return Ok(None),
    })))
}

fn is_future_method(name: &str) -> bool {
    matches!(
        name,
        "map" | "then" | "and_then" | "boxed" | "boxed_local" | "poll" | "as_mut"
    )
}

fn future_method(
    env: &mut Env<'_, '_>,
    receiver: Value,
    name: &str,
    args: Vec<Value>,
) -> Result<Value, Fault> {
    let f = args.into_iter().next().unwrap_or(Value::Unit);
    Ok(match name {
        "map" => future_value(FutureObj::Map(receiver, f)),
        "then" => future_value(FutureObj::Then(receiver, f, None, false)),
        "and_then" => future_value(FutureObj::Then(receiver, f, None, true)),
        "poll" => match poll_value(&receiver, env, false)? {
            Polled::Ready(value) => Value::variant(Tag::Ready, vec![value]),
            _ => Value::variant(Tag::Pending, Vec::new()),
        },
        _ => receiver,
    })
}

fn cell_method(receiver: &Value, name: &str) -> Result<Option<Value>, Fault> {
    let Value::RefCell(cell) = receiver else {
        return Ok(None);
    };
    let borrows = cell.borrows.get();
    Ok(Some(match name {
        "borrow" if borrows < 0 => return Err("already mutably borrowed: BorrowError".into()),
        "borrow_mut" if borrows != 0 => return Err("already borrowed: BorrowMutError".into()),
        "borrow" | "borrow_mut" => {
            let mutable = name == "borrow_mut";
            cell.borrows.set(if mutable { -1 } else { borrows + 1 });
            Value::Guard(Rc::new(Guard {
                cell: Rc::clone(cell),
                mutable,
            }))
        }
        "into_inner" => cell.value.borrow().clone(),
        _ => return Ok(None),
    }))
}

fn waker_method(
    receiver: &Value,
    waker: &std::task::Waker,
    name: &str,
) -> Result<Option<Value>, Fault> {
    Ok(Some(match (receiver, name) {
        (Value::Context(_), "waker") | (Value::Waker(_), "clone") => Value::Waker(waker.clone()),
        (Value::Waker(_), "wake" | "wake_by_ref") => {
            waker.wake_by_ref();
            Value::Unit
        }
        (Value::Waker(_), "will_wake") => Value::Bool(true),
        _ => return Ok(None),
    }))
}

fn net_method(receiver: &Value, name: &str, args: &[Value]) -> Result<Option<Value>, Fault> {
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
                net_result(
                    bytes
                        .map(|b| Value::vec(b.into_iter().map(|x| Value::Int(x as i64)).collect())),
                )
            })
        }
        (Value::Stream(stream), "async_send") => {
            let data = bytes_of(args.first().unwrap_or(&Value::Unit))?;
            let stream = Rc::clone(stream);
            native_future(async move {
                net_result(stream.async_send(data).await.map(|n| Value::Int(n as i64)))
            })
        }
        _ => return Ok(None),
    }))
}

fn bytes_of(value: &Value) -> Result<Vec<u8>, Fault> {
    match value.as_text() {
        Some(text) => Ok(text.into_bytes()),
        None => items(value)?.iter().map(|b| Ok(as_int(b)? as u8)).collect(),
    }
}

/// `take`, `replace`, `insert` on a place: returns the new place value and the result.
pub fn in_place(name: &str, receiver: Value, args: Vec<Value>) -> Result<(Value, Value), Fault> {
    let arg = if args.len() == 2 {
        Some(Value::Tuple(args.into()))
    } else {
        args.into_iter().next()
    };
    if let Value::RefCell(cell) = &receiver {
        let old = std::mem::replace(&mut *cell.value.borrow_mut(), arg.unwrap_or(Value::Unit));
        return Ok((receiver, old));
    }
    if let (Value::Vec(vec), "insert") = (&receiver, name) {
        return Ok((receiver.clone(), vec_insert(vec, arg)?));
    }
    match (name, receiver.as_variant()) {
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
        _ => Err(format!(
            "no method named `{name}` found for {} in the playground",
            receiver.type_name()
        )
        .into()),
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
    check_len(len + 1)?;
    vec.borrow_mut().insert(index, value);
    Ok(Value::Unit)
}
