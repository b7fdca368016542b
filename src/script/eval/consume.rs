//! Iterator methods that pull items to compute an answer (`count`, `sum`, `max_by_key`,
//! `position`, `partition`, `collect`, ...): each pulls only as far as std's would, so that the
//! program's closures run as often and in the same order as compiled, and a plain range's
//! `sum`, `count`, `max` and `min` come from its two ends. It must never pull an item std
//! would leave in the iterator, and never recurse in Rust without a guard.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use super::iter::{items, lazy_of, pull, Lazy};
use super::methods::ordering_of;
use super::number::{Int, IntType};
use super::ops::{as_index, binary, truth};
use super::order::compare_by_impl;
use super::program::{CollectTarget, Collection};
use super::value::{Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::ast::BinOp;

/// The methods that pull items: they advance the iterator (shared, as in Rust, through
/// `by_ref`) only as far as they need.
pub(super) fn consume(
    env: &mut Env<'_, '_>,
    iter: Rc<RefCell<Lazy>>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    if let Some(value) = consume_range(env, &iter, name, args.first())? {
        return Ok(Some(value));
    }
    let f = args.first().cloned().unwrap_or(Value::Unit);
    Ok(Some(match name {
        "iter" | "iter_mut" | "into_iter" | "by_ref" => Value::Iter(iter),
        "next" => Value::option(pull(&iter, env)?),
        "len" => match iter.borrow().remaining()? {
            Some(len) => Value::usize(len),
            None => return Err("this iterator has no `len` in the playground".into()),
        },
        "count" => Value::usize(fold(env, &iter, 0, |_, count, _| Ok(count + 1))?),
        "collect" | "to_vec" => Value::vec(items(env, &Value::Iter(iter))?),
        // The compiler passes the start value, `0` or `1` of the type asked for (`sum::<u8>()`,
        // `let s: u8 = ...sum()`), when it knows that type.
        "sum" | "product" => {
            let (op, start) = match name {
                "sum" => (BinOp::Add, 0),
                _ => (BinOp::Mul, 1),
            };
            let start = args
                .first()
                .cloned()
                .unwrap_or(Value::Int(start, IntType::Infer));
            fold(env, &iter, start, |_, acc, item| {
                binary(op, acc, item.deref())
            })?
        }
        "max" | "min" | "max_by_key" | "min_by_key" | "max_by" | "min_by" => {
            best(env, &iter, name, &f)?
        }
        "nth" => {
            for _ in 0..as_index(&f)? {
                if pull(&iter, env)?.is_none() {
                    return Ok(Some(Value::option(None)));
                }
            }
            Value::option(pull(&iter, env)?)
        }
        "find_map" => {
            while let Some(item) = pull(&iter, env)? {
                let found = call_sync(env, &f, vec![item])?;
                if found.as_variant().is_some_and(|v| v.tag == Tag::Some) {
                    return Ok(Some(found));
                }
            }
            Value::option(None)
        }
        "reduce" => match pull(&iter, env)? {
            Some(first) => Value::option(Some(fold(env, &iter, first, |env, acc, item| {
                call_sync(env, &f, vec![acc, item])
            })?)),
            None => Value::option(None),
        },
        "partition" => {
            let (mut yes, mut no) = (Vec::new(), Vec::new());
            while let Some(item) = pull(&iter, env)? {
                match truth(call_sync(env, &f, vec![item.clone()])?)? {
                    true => yes.push(item),
                    false => no.push(item),
                }
            }
            Value::Tuple(vec![Value::vec(yes), Value::vec(no)].into())
        }
        "unzip" => {
            let (mut left, mut right) = (Vec::new(), Vec::new());
            while let Some(item) = pull(&iter, env)? {
                match item.deref() {
                    Value::Tuple(pair) if pair.len() == 2 => {
                        left.push(pair[0].clone());
                        right.push(pair[1].clone());
                    }
                    other => {
                        return Err(
                            format!("`unzip` needs pairs, found {}", other.type_name()).into()
                        )
                    }
                }
            }
            Value::Tuple(vec![Value::vec(left), Value::vec(right)].into())
        }
        "last" => Value::option(fold(env, &iter, None, |_, _, item| Ok(Some(item)))?),
        "for_each" => {
            fold(env, &iter, Value::Unit, |env, _, item| {
                call_sync(env, &f, vec![item])
            })?;
            Value::Unit
        }
        "fold" => {
            let g = args.get(1).cloned().unwrap_or(Value::Unit);
            fold(env, &iter, f, |env, acc, item| {
                call_sync(env, &g, vec![acc, item])
            })?
        }
        "any" | "all" | "find" | "position" => search(env, &iter, &f, name)?,
        _ => return Ok(None),
    }))
}

/// `sum`, `count`, `last`, `max` and `min` of a plain range, computed from its two ends: what
/// pulling every item would give, steps counted alike, in constant time.
fn consume_range(
    env: &mut Env<'_, '_>,
    iter: &Rc<RefCell<Lazy>>,
    name: &str,
    sum_start: Option<&Value>,
) -> Result<Option<Value>, Fault> {
    let Some((front, back, ty, reversed)) =
        iter.try_borrow().ok().and_then(|lazy| lazy.plain_range())
    else {
        return Ok(None);
    };
    // An `{integer}` range summed as a declared type has items of that type.
    let ty = match sum_start.and_then(Value::as_int) {
        Some(start) => ty.unify(start.ty),
        None => ty,
    };
    if !matches!(name, "sum" | "count" | "last" | "max" | "min") {
        return Ok(None);
    }
    let len = back.saturating_sub(front).max(0);
    env.shared
        .count_steps(u64::try_from(len).unwrap_or(u64::MAX))?;
    if let Ok(mut lazy) = iter.try_borrow_mut() {
        lazy.exhaust();
    }
    let item = |at: i128| Value::int(Int::new(at, ty));
    let ends = (len > 0).then(|| (item(front), item(back - 1)));
    Ok(Some(match name {
        "count" => Value::usize(usize::try_from(len).unwrap_or(usize::MAX)),
        "last" if reversed => Value::option(ends.map(|(low, _)| low)),
        "last" | "max" => Value::option(ends.map(|(_, high)| high)),
        "min" => Value::option(ends.map(|(low, _)| low)),
        _ => range_sum(front, back, ty)?,
    }))
}

/// The sum of `front..back`, failing as std's debug build does when a partial sum overflows:
/// the partial sums fall while the items are negative and rise after, so they all lie between
/// the sum of the negative items and the total.
fn range_sum(front: i128, back: i128, ty: IntType) -> Result<Value, Fault> {
    let sum = |from: i128, to: i128| -> Option<i128> {
        // The sum of `from..to` is (from + to - 1) * (to - from) / 2, one factor of which is even.
        if to <= from {
            return Some(0);
        }
        (from + to - 1)
            .checked_mul(to - from)
            .map(|double| double / 2)
    };
    let negatives = sum(front, back.min(0));
    let total = sum(front, back);
    let int = |value: Option<i128>| {
        value
            .map(|value| Int::new(value, ty))
            .filter(|int| int.fits())
    };
    match (int(negatives), int(total)) {
        (Some(_), Some(total)) => Ok(Value::int(total)),
        _ => Err("attempt to add with overflow".into()),
    }
}

/// `max`, `min` and their `_by_key` and `_by` forms: of equal items, `max` keeps the last and
/// `min` the first, as std's do; a key is computed once per item, in order.
fn best(
    env: &mut Env<'_, '_>,
    iter: &Rc<RefCell<Lazy>>,
    name: &str,
    f: &Value,
) -> Result<Value, Fault> {
    let max = name.starts_with("max");
    let by_key = name.ends_with("_key");
    let by_closure = name.ends_with("_by");
    let mut best: Option<(Value, Value)> = None;
    while let Some(item) = pull(iter, env)? {
        let key = match by_key {
            true => call_sync(env, f, vec![item.clone()])?,
            false => item.clone(),
        };
        let Some((best_key, best_item)) = best.take() else {
            best = Some((key, item));
            continue;
        };
        let order = match by_closure {
            true => ordering_of(&call_sync(env, f, vec![best_item.clone(), item.clone()])?)
                .ok_or("the comparison gave no `Ordering`")?,
            false => compare_by_impl(env, &best_key, &key)?.unwrap_or(Ordering::Equal),
        };
        let take_new = match max {
            true => order != Ordering::Greater,
            false => order == Ordering::Greater,
        };
        best = Some(match take_new {
            true => (key, item),
            false => (best_key, best_item),
        });
    }
    Ok(Value::option(best.map(|(_, item)| item)))
}

/// Pulls every item, folding it into `acc` with `step`.
fn fold<T>(
    env: &mut Env<'_, '_>,
    iter: &Rc<RefCell<Lazy>>,
    mut acc: T,
    mut step: impl FnMut(&mut Env<'_, '_>, T, Value) -> Result<T, Fault>,
) -> Result<T, Fault> {
    while let Some(item) = pull(iter, env)? {
        acc = step(env, acc, item)?;
    }
    Ok(acc)
}

/// `any`, `all`, `find` and `position`: pull until the answer is known, as std does.
fn search(
    env: &mut Env<'_, '_>,
    iter: &Rc<RefCell<Lazy>>,
    f: &Value,
    name: &str,
) -> Result<Value, Fault> {
    let mut index = 0;
    while let Some(item) = pull(iter, env)? {
        let hit = truth(call_sync(env, f, vec![item.clone()])?)?;
        match (name, hit) {
            ("any", true) => return Ok(Value::Bool(true)),
            ("all", false) => return Ok(Value::Bool(false)),
            ("find", true) => return Ok(Value::option(Some(item))),
            ("position", true) => return Ok(Value::option(Some(Value::usize(index)))),
            _ => {}
        }
        index += 1;
    }
    Ok(match name {
        "any" => Value::Bool(false),
        "all" => Value::Bool(true),
        _ => Value::option(None),
    })
}

/// `collect()` into `target`, pulling items one at a time: collecting into `Result` or
/// `Option` stops at the first `Err` or `None`, as std's does, leaving the rest unpulled.
pub fn collect(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    target: CollectTarget,
) -> Result<Value, Fault> {
    let (collection, wrapper) = match target {
        CollectTarget::Plain(c) => (c, None),
        CollectTarget::Result(c) => (c, Some(Tag::Ok)),
        CollectTarget::Option(c) => (c, Some(Tag::Some)),
    };
    let iter = lazy_of(receiver)?;
    let mut all = Vec::new();
    while let Some(item) = pull(&iter, env)? {
        let Some(good) = wrapper else {
            all.push(item);
            continue;
        };
        match item.as_variant() {
            Some(v) if v.tag == good => all.push(v.fields.first().cloned().unwrap_or_default()),
            Some(_) => return Ok(item),
            None => return Err(format!("cannot collect a {} here", item.type_name()).into()),
        }
    }
    let built = match collection {
        Collection::Vec => Value::vec(all),
        Collection::String => {
            let mut text = String::new();
            for item in &all {
                match item.deref() {
                    Value::Char(c) => text.push(c),
                    other => text.push_str(&other.as_text().ok_or_else(|| {
                        format!("a String cannot be collected from {}", other.type_name())
                    })?),
                }
            }
            Value::string(text)
        }
        Collection::Map(kind) => super::collections::map_from(kind, all)?,
        Collection::Futures(kind) => super::stream::collect_futures(env, kind, all),
    };
    Ok(match wrapper {
        Some(tag) => Value::variant(tag, vec![built]),
        None => built,
    })
}
