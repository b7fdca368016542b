//! Iterators as interpreter values, lazy as Rust's are: a range is two numbers however long it
//! is, and `map`, `filter`, `enumerate`, `skip`, `take`, `step_by`, `zip` and `chain` add a
//! stage that runs item by item when something pulls, calling the program's closures in the
//! order and as often as compiled code does. It must never materialise a range or an adapter
//! except where the program collects (or `rev` needs what only a collection gives), and never
//! recurse in Rust without a [`StackGuard`].

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::number::{Int, IntType};
use super::ops::{as_index, binary, truth};
use super::program::{CollectTarget, Collection};
use super::value::{compact_int, compare, Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::ast::BinOp;
use crate::script::stack::StackGuard;

/// A lazy iterator: items come from its sources in order, then pass its stages in order.
pub struct Lazy {
    sources: VecDeque<Source>,
    stages: Vec<Stage>,
}

/// Where a [`Lazy`] iterator's items come from.
enum Source {
    /// Items already made (a vector's copy, a string's words, ...).
    Items(std::vec::IntoIter<Value>),
    /// An integer range `front..back`, walked from the back once reversed. Its bounds are
    /// wide enough for every integer type's range (`0..=u64::MAX`).
    Range {
        front: i128,
        back: i128,
        ty: IntType,
        reversed: bool,
    },
    /// Another iterator value, pulled in place (it may be shared, as `by_ref` shares it).
    Iter(Rc<RefCell<Lazy>>),
    /// A value of a program type that implements `Iterator`, and its `next` method.
    Program { state: Value, next: u32 },
}

/// One adapter applied to each item on its way out.
enum Stage {
    Map(Value),
    Filter(Value),
    /// The index of the next item.
    Enumerate(usize),
    /// Items still to drop.
    Skip(usize),
    /// Items still to let through.
    Take(usize),
    StepBy {
        step: usize,
        seen: usize,
    },
    Zip(Rc<RefCell<Lazy>>),
}

impl Lazy {
    fn new(source: Source) -> Lazy {
        Lazy {
            sources: VecDeque::from([source]),
            stages: Vec::new(),
        }
    }

    /// The next item, or `None` once exhausted.
    pub fn next(&mut self, env: &mut Env<'_, '_>) -> Result<Option<Value>, Fault> {
        'pull: loop {
            // A `take` that is done pulls nothing more from before it, as std's `Take` does.
            if self.stages.iter().any(|s| matches!(s, Stage::Take(0))) {
                return Ok(None);
            }
            let Some(mut item) = self.next_from_sources(env)? else {
                return Ok(None);
            };
            for stage in &mut self.stages {
                match stage {
                    Stage::Map(f) => item = call_sync(env, f, vec![item])?,
                    Stage::Filter(f) => {
                        if !truth(call_sync(env, f, vec![item.clone()])?)? {
                            continue 'pull;
                        }
                    }
                    Stage::Enumerate(index) => {
                        item = Value::Tuple(vec![Value::usize(*index), item].into());
                        *index += 1;
                    }
                    Stage::Skip(left) if *left > 0 => {
                        *left -= 1;
                        continue 'pull;
                    }
                    Stage::Skip(_) => {}
                    Stage::Take(left) => *left = left.saturating_sub(1),
                    Stage::StepBy { step, seen } => {
                        let keep = *seen % *step == 0;
                        *seen += 1;
                        if !keep {
                            continue 'pull;
                        }
                    }
                    Stage::Zip(other) => match pull(other, env)? {
                        Some(pair) => item = Value::Tuple(vec![item, pair].into()),
                        None => return Ok(None),
                    },
                }
            }
            return Ok(Some(item));
        }
    }

    fn next_from_sources(&mut self, env: &mut Env<'_, '_>) -> Result<Option<Value>, Fault> {
        // Each item costs a step, so that a loop inside a built-in method is bounded by the
        // step budget as a loop in the program is.
        env.shared.count_steps(1)?;
        while let Some(source) = self.sources.front_mut() {
            let item = match source {
                Source::Items(items) => items.next(),
                Source::Range {
                    front,
                    back,
                    ty,
                    reversed,
                } => (front < back).then(|| {
                    let at = if *reversed {
                        *back -= 1;
                        *back
                    } else {
                        *front += 1;
                        *front - 1
                    };
                    Value::int(Int::new(at, *ty))
                }),
                Source::Iter(inner) => pull(inner, env)?,
                Source::Program { state, next } => {
                    let args = vec![state.clone()];
                    match call_sync(env, &Value::Func(*next), args)? {
                        Value::Variant(v) if v.tag == Tag::Some => v.fields.first().cloned(),
                        _ => None,
                    }
                }
            };
            if item.is_some() {
                return Ok(item);
            }
            self.sources.pop_front();
        }
        Ok(None)
    }

    /// How many items are left, counted without pulling them when std's `len` would not.
    fn remaining(&self) -> Result<Option<usize>, Fault> {
        let _guard = StackGuard::enter()?;
        let mut len = 0usize;
        for source in &self.sources {
            len = len.saturating_add(match source {
                Source::Items(items) => items.len(),
                Source::Range { front, back, .. } => {
                    usize::try_from(back.saturating_sub(*front)).unwrap_or(0)
                }
                Source::Iter(inner) => match inner.try_borrow() {
                    Ok(inner) => match inner.remaining()? {
                        Some(len) => len,
                        None => return Ok(None),
                    },
                    Err(_) => return Ok(None),
                },
                Source::Program { .. } => return Ok(None),
            });
        }
        for stage in &self.stages {
            len = match stage {
                Stage::Map(_) | Stage::Enumerate(_) => len,
                Stage::Skip(n) => len.saturating_sub(*n),
                Stage::Take(n) => len.min(*n),
                Stage::StepBy { step, seen } => {
                    // Items at positions `seen, seen + 1, ...`: those at multiples of `step`.
                    (seen + len).div_ceil(*step) - seen.div_ceil(*step)
                }
                Stage::Filter(_) | Stage::Zip(_) => return Ok(None),
            };
        }
        Ok(Some(len))
    }

    /// The range `front..back`, its item type and whether it is walked backwards, when this
    /// is a plain range with no stage.
    fn plain_range(&self) -> Option<(i128, i128, IntType, bool)> {
        match (
            self.sources.front(),
            self.sources.len(),
            self.stages.is_empty(),
        ) {
            (
                Some(&Source::Range {
                    front,
                    back,
                    ty,
                    reversed,
                }),
                1,
                true,
            ) => Some((front, back, ty, reversed)),
            _ => None,
        }
    }

    /// Whether every source can be walked backwards and every stage treats each item on its
    /// own, so that reversing the sources reverses the output.
    fn reversible(&self) -> bool {
        self.sources
            .iter()
            .all(|s| matches!(s, Source::Items(_) | Source::Range { .. }))
            && self
                .stages
                .iter()
                .all(|s| matches!(s, Stage::Map(_) | Stage::Filter(_)))
    }

    fn reverse(&mut self) {
        let sources = std::mem::take(&mut self.sources);
        self.sources = sources
            .into_iter()
            .rev()
            .map(|source| match source {
                Source::Items(items) => {
                    let backwards: Vec<Value> = items.rev().collect();
                    Source::Items(backwards.into_iter())
                }
                Source::Range {
                    front,
                    back,
                    ty,
                    reversed,
                } => Source::Range {
                    front,
                    back,
                    ty,
                    reversed: !reversed,
                },
                other => other,
            })
            .collect();
    }

    /// Moves out the values it holds, so that dropping it drops nothing deep (see `teardown`).
    pub fn take_children(&mut self, work: &mut Vec<Value>) {
        for source in self.sources.drain(..) {
            match source {
                Source::Items(items) => work.extend(items),
                Source::Iter(inner) => work.push(Value::Iter(inner)),
                Source::Program { state, .. } => work.push(state),
                Source::Range { .. } => {}
            }
        }
        for stage in self.stages.drain(..) {
            match stage {
                Stage::Map(f) | Stage::Filter(f) => work.push(f),
                Stage::Zip(inner) => work.push(Value::Iter(inner)),
                _ => {}
            }
        }
    }
}

/// The next item of a shared iterator.
fn pull(iter: &Rc<RefCell<Lazy>>, env: &mut Env<'_, '_>) -> Result<Option<Value>, Fault> {
    let _guard = StackGuard::enter()?;
    let mut iter = iter
        .try_borrow_mut()
        .map_err(|_| "an iterator was advanced while it was already being advanced")?;
    iter.next(env)
}

/// The iterator a value of a program type gives through its `Iterator` impl, whose `next`
/// is the function `next`: it pulls that value in place, as `by_ref` would.
pub fn program_iter(state: Value, next: u32) -> Value {
    shared(Lazy::new(Source::Program { state, next }))
}

/// An iterator over `items`.
pub fn iter_of(items: Vec<Value>) -> Value {
    shared(Lazy::new(Source::Items(items.into_iter())))
}

fn shared(lazy: Lazy) -> Value {
    Value::Iter(Rc::new(RefCell::new(lazy)))
}

/// The range `front..back` of `ty` items as a lazy iterator, for bounds beyond what a
/// `Value::Range` holds.
pub fn wide_range(front: i128, back: i128, ty: IntType) -> Value {
    shared(Lazy::new(Source::Range {
        front,
        back,
        ty,
        reversed: false,
    }))
}

/// What `for` iterates over: a range stays a range (the loop advances it in place).
pub fn into_iter(value: Value) -> Result<Value, Fault> {
    Ok(match value.deref() {
        Value::Range(start, end, ty) => Value::Range(start, end, ty),
        other => Value::Iter(lazy_of(&other)?),
    })
}

/// The iterator over a vector (a copy of its items), range, `Option` or iterator (itself).
fn lazy_of(value: &Value) -> Result<Rc<RefCell<Lazy>>, Fault> {
    let source = match value.deref() {
        Value::Iter(iter) => return Ok(iter),
        Value::Vec(items) => Source::Items(items.borrow().clone().into_iter()),
        Value::Range(front, back, ty) => Source::Range {
            front: i128::from(front),
            back: i128::from(back),
            ty,
            reversed: false,
        },
        Value::Variant(v) if v.tag == Tag::Some => Source::Items(v.fields.clone().into_iter()),
        Value::Variant(v) if v.tag == Tag::None => Source::Items(Vec::new().into_iter()),
        Value::Map(map) => Source::Items(super::collections::map_items(&map, false).into_iter()),
        other => return Err(format!("cannot iterate over a {}", other.type_name()).into()),
    };
    Ok(Rc::new(RefCell::new(Lazy::new(source))))
}

/// The next item of the iterator in a `for` loop's slot, advancing it.
pub fn next_item(slot: &mut Value, env: &mut Env<'_, '_>) -> Result<Option<Value>, Fault> {
    match slot {
        Value::Range(start, end, ty) => {
            if *start >= *end {
                return Ok(None);
            }
            let item = *start;
            *start += 1;
            Ok(Some(Value::int(compact_int(item, *ty))))
        }
        Value::Iter(iter) => pull(iter, env),
        other => Err(format!("cannot iterate over a {}", other.type_name()).into()),
    }
}

/// Every item left in a vector, range or iterator, pulling it to the end.
pub fn items(env: &mut Env<'_, '_>, value: &Value) -> Result<Vec<Value>, Fault> {
    if let Value::Vec(items) = value.deref() {
        return Ok(items.borrow().clone());
    }
    let iter = lazy_of(value)?;
    let mut items = Vec::new();
    while let Some(item) = pull(&iter, env)? {
        items.push(item);
    }
    Ok(items)
}

/// An iterator method on a vector, range or iterator, if it is one of those that run lazily.
pub fn method(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    // An iterator only the receiver holds is consumed by the call, as Rust moves it: an
    // adapter may then change it in place instead of wrapping it.
    let exclusive = match receiver {
        Value::Iter(iter) => Rc::strong_count(iter) == 1,
        _ => true,
    };
    let iter = lazy_of(receiver)?;
    let arg = args.first().cloned().unwrap_or(Value::Unit);
    let stage = match name {
        "map" => Stage::Map(arg),
        "filter" => Stage::Filter(arg),
        "enumerate" => Stage::Enumerate(0),
        "skip" => Stage::Skip(as_index(&arg)?),
        "take" => Stage::Take(as_index(&arg)?),
        "step_by" => match as_index(&arg)? {
            0 => return Err("assertion failed: step != 0".into()),
            step => Stage::StepBy { step, seen: 0 },
        },
        "zip" => Stage::Zip(lazy_of(&arg)?),
        "rev" => return reversed(env, iter, exclusive).map(Some),
        _ => return consume(env, iter, name, args),
    };
    Ok(Some(adapt(iter, stage, exclusive)))
}

/// `iter` with `stage` added: in place when nothing else can see it, otherwise wrapped.
fn adapt(iter: Rc<RefCell<Lazy>>, stage: Stage, exclusive: bool) -> Value {
    let unplaced = match iter.try_borrow_mut() {
        Ok(mut lazy) if exclusive => {
            lazy.stages.push(stage);
            None
        }
        _ => Some(stage),
    };
    let Some(stage) = unplaced else {
        return Value::Iter(iter);
    };
    let mut lazy = Lazy::new(Source::Iter(iter));
    lazy.stages.push(stage);
    shared(lazy)
}

/// The methods that pull items: they advance the iterator (shared, as in Rust, through
/// `by_ref`) only as far as they need.
fn consume(
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
        "iter" | "iter_mut" | "into_iter" | "cloned" | "copied" | "by_ref" => Value::Iter(iter),
        "next" => Value::option(pull(&iter, env)?),
        "chain" => {
            let mut lazy = Lazy::new(Source::Iter(iter));
            lazy.sources.push_back(Source::Iter(lazy_of(&f)?));
            shared(lazy)
        }
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
        "max" | "min" => {
            let max = name == "max";
            let best = fold(env, &iter, None, |_, best: Option<Value>, item| {
                Ok(Some(match best {
                    None => item,
                    Some(best) => {
                        let order = compare(&item, &best)?.unwrap_or(std::cmp::Ordering::Equal);
                        if (max && order.is_ge()) || (!max && order.is_lt()) {
                            item
                        } else {
                            best
                        }
                    }
                }))
            })?;
            Value::option(best)
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
        lazy.sources.clear();
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

/// `rev`: lazily when reversing the sources reverses the output, otherwise over the items
/// collected.
fn reversed(
    env: &mut Env<'_, '_>,
    iter: Rc<RefCell<Lazy>>,
    exclusive: bool,
) -> Result<Value, Fault> {
    let in_place = exclusive
        && iter.try_borrow_mut().is_ok_and(|mut lazy| {
            let reversible = lazy.reversible();
            if reversible {
                lazy.reverse();
            }
            reversible
        });
    if in_place {
        return Ok(Value::Iter(iter));
    }
    let mut all = items(env, &Value::Iter(iter))?;
    all.reverse();
    Ok(iter_of(all))
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
    };
    Ok(match wrapper {
        Some(tag) => Value::variant(tag, vec![built]),
        None => built,
    })
}
