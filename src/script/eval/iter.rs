//! Iterators as interpreter values, lazy as Rust's are: a range is two numbers however long it
//! is, and adapters (`map`, `filter`, `take_while`, `scan`, `flat_map`, `peekable`, `zip`,
//! `chain`, ...) add a stage or a source that runs item by item when something pulls, calling
//! the program's closures in the order and as often as compiled code does. It must never materialise a range or an adapter
//! except where the program collects (or `rev` needs what only a collection gives), and never
//! recurse in Rust without a [`StackGuard`].

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::collections::{new_slot, view};
use super::number::{Int, IntType};
use super::ops::{as_index, truth};
use super::program::Native;
use super::value::{compact_int, deep_clone, values_equal, CellObj, Guard, Tag, Value};
use super::vm::{call_sync, load_value, Fault};
use super::Env;
use crate::script::stack::StackGuard;

/// A lazy iterator: items come from its sources in order, then pass its stages in order.
pub struct Lazy {
    sources: VecDeque<Source>,
    stages: Vec<Stage>,
    /// The item `peek` pulled and `next` hands out next (`Some(None)`: the end was seen).
    peeked: Option<Option<Value>>,
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
    /// `iter::repeat(value)`: copies of one value, without end.
    Repeat(Value),
    /// `iter::from_fn(f)`: what `f()` gives until it gives `None`.
    FromFn(Value),
    /// `block_on_stream(stream)`: the stream's items, each polled for in place.
    Stream(Value),
    /// `iter::successors(first, f)`: `first`, then `f(&previous)` until `None`.
    Successors { next: Option<Value>, f: Value },
    /// `flatten` and `flat_map`: the items of each item of `outer`, one item at a time.
    Flatten {
        outer: Rc<RefCell<Lazy>>,
        inner: Option<Rc<RefCell<Lazy>>>,
    },
}

/// One adapter applied to each item on its way out. The `bool` of `take_while`, `map_while`
/// and `scan` says they have ended; `skip_while`'s, that it still skips.
enum Stage {
    Map(Value),
    /// `copied()` (a copy of each `Copy` item, see `vm::load_value`) or `cloned()` (a clone of
    /// each): items the caller then writes to are its own.
    Copied,
    Cloned,
    Filter(Value),
    FilterMap(Value),
    Inspect(Value),
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
    TakeWhile(Value, bool),
    SkipWhile(Value, bool),
    MapWhile(Value, bool),
    /// The state, as a slot the closure gets a mutable view of, and the closure.
    Scan(Rc<CellObj>, Value, bool),
}

/// What a stage does with an item.
enum Passage {
    On(Value),
    Dropped,
    /// The stage has ended: no item now or later.
    End,
}

impl Stage {
    /// Whether it lets nothing more through, so that nothing more need be pulled before it
    /// (as std's `Take` stops pulling once done).
    fn ended(&self) -> bool {
        matches!(
            self,
            Stage::Take(0)
                | Stage::TakeWhile(_, true)
                | Stage::MapWhile(_, true)
                | Stage::Scan(_, _, true)
        )
    }

    fn apply(&mut self, env: &mut Env<'_, '_>, item: Value) -> Result<Passage, Fault> {
        let test = |env: &mut Env<'_, '_>, f: &Value, item: &Value| {
            truth(call_sync(env, f, vec![item.clone()])?)
        };
        Ok(match self {
            Stage::Map(f) => Passage::On(call_sync(env, f, vec![item])?),
            Stage::Copied => Passage::On(load_value(&item)?),
            Stage::Cloned => Passage::On(deep_clone(&item)?),
            Stage::Filter(f) if test(env, f, &item)? => Passage::On(item),
            Stage::Filter(_) => Passage::Dropped,
            Stage::FilterMap(f) => match payload(call_sync(env, f, vec![item])?)? {
                Some(item) => Passage::On(item),
                None => Passage::Dropped,
            },
            Stage::Inspect(f) => {
                call_sync(env, f, vec![item.clone()])?;
                Passage::On(item)
            }
            Stage::Enumerate(index) => {
                *index += 1;
                Passage::On(Value::Tuple(vec![Value::usize(*index - 1), item].into()))
            }
            Stage::Skip(left) if *left > 0 => {
                *left -= 1;
                Passage::Dropped
            }
            Stage::Skip(_) => Passage::On(item),
            Stage::Take(left) => {
                *left = left.saturating_sub(1);
                Passage::On(item)
            }
            Stage::StepBy { step, seen } => {
                *seen += 1;
                match (*seen - 1) % *step {
                    0 => Passage::On(item),
                    _ => Passage::Dropped,
                }
            }
            Stage::Zip(other) => match pull(other, env)? {
                Some(pair) => Passage::On(Value::Tuple(vec![item, pair].into())),
                None => Passage::End,
            },
            Stage::TakeWhile(f, ended) => match test(env, f, &item)? {
                true => Passage::On(item),
                false => {
                    *ended = true;
                    Passage::End
                }
            },
            Stage::SkipWhile(f, skipping) => {
                if *skipping && test(env, f, &item)? {
                    return Ok(Passage::Dropped);
                }
                *skipping = false;
                Passage::On(item)
            }
            Stage::MapWhile(f, ended) => match payload(call_sync(env, f, vec![item])?)? {
                Some(item) => Passage::On(item),
                None => {
                    *ended = true;
                    Passage::End
                }
            },
            Stage::Scan(state, f, ended) => {
                match payload(call_sync(env, f, vec![view(state), item])?)? {
                    Some(item) => Passage::On(item),
                    None => {
                        *ended = true;
                        Passage::End
                    }
                }
            }
        })
    }
}

/// The payload of `Some(v)`, or `None`, of a closure's `Option` result.
fn payload(value: Value) -> Result<Option<Value>, Fault> {
    match value.as_variant() {
        Some(v) if v.tag == Tag::Some => Ok(v.fields.first().cloned()),
        Some(v) if v.tag == Tag::None => Ok(None),
        _ => Err(format!("expected an `Option`, found {}", value.type_name()).into()),
    }
}

impl Lazy {
    fn new(source: Source) -> Lazy {
        Lazy {
            sources: VecDeque::from([source]),
            stages: Vec::new(),
            peeked: None,
        }
    }

    /// The next item, or `None` once exhausted.
    pub fn next(&mut self, env: &mut Env<'_, '_>) -> Result<Option<Value>, Fault> {
        if let Some(peeked) = self.peeked.take() {
            return Ok(peeked);
        }
        'pull: loop {
            if self.stages.iter().any(Stage::ended) {
                return Ok(None);
            }
            let Some(mut item) = self.next_from_sources(env)? else {
                return Ok(None);
            };
            for stage in &mut self.stages {
                item = match stage.apply(env, item)? {
                    Passage::On(item) => item,
                    Passage::Dropped => continue 'pull,
                    Passage::End => return Ok(None),
                };
            }
            return Ok(Some(item));
        }
    }

    /// `peek`: the next item, kept for `next`.
    fn peek(&mut self, env: &mut Env<'_, '_>) -> Result<Option<Value>, Fault> {
        if self.peeked.is_none() {
            let item = self.next(env)?;
            self.peeked = Some(item);
        }
        Ok(self.peeked.clone().flatten())
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
                Source::Repeat(value) => Some(deep_clone(value)?),
                Source::FromFn(f) => payload(call_sync(env, f, Vec::new())?)?,
                Source::Stream(stream) => super::stream::blocking_item(env, stream)?,
                Source::Successors { next, f } => match next.take() {
                    Some(item) => {
                        *next = payload(call_sync(env, f, vec![item.clone()])?)?;
                        Some(item)
                    }
                    None => None,
                },
                Source::Flatten { outer, inner } => loop {
                    if let Some(item) = inner.as_ref().map(|i| pull(i, env)).transpose()?.flatten()
                    {
                        break Some(item);
                    }
                    match pull(outer, env)? {
                        Some(next) => *inner = Some(lazy_of(&next)?),
                        None => break None,
                    }
                },
            };
            if item.is_some() {
                return Ok(item);
            }
            self.sources.pop_front();
        }
        Ok(None)
    }

    /// How many items are left, counted without pulling them when std's `len` would not.
    pub(super) fn remaining(&self) -> Result<Option<usize>, Fault> {
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
                Source::Successors { next: None, .. } => 0,
                Source::Flatten { .. }
                | Source::Repeat(_)
                | Source::FromFn(_)
                | Source::Stream(_)
                | Source::Successors { .. } => return Ok(None),
            });
        }
        for stage in &self.stages {
            len = match stage {
                Stage::Map(_)
                | Stage::Copied
                | Stage::Cloned
                | Stage::Enumerate(_)
                | Stage::Inspect(_) => len,
                Stage::Skip(n) => len.saturating_sub(*n),
                Stage::Take(n) => len.min(*n),
                Stage::StepBy { step, seen } => {
                    // Items at positions `seen, seen + 1, ...`: those at multiples of `step`.
                    (seen + len).div_ceil(*step) - seen.div_ceil(*step)
                }
                _ => return Ok(None),
            };
        }
        let peeked = match &self.peeked {
            Some(Some(_)) => 1,
            Some(None) => return Ok(Some(0)),
            None => 0,
        };
        Ok(Some(len + peeked))
    }

    /// The range `front..back`, its item type and whether it is walked backwards, when this
    /// is a plain range with no stage.
    pub(super) fn plain_range(&self) -> Option<(i128, i128, IntType, bool)> {
        match (
            self.sources.front(),
            self.sources.len(),
            self.stages.is_empty() && self.peeked.is_none(),
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
        self.peeked.is_none()
            && self
                .sources
                .iter()
                .all(|s| matches!(s, Source::Items(_) | Source::Range { .. }))
            && self.stages.iter().all(|s| {
                matches!(
                    s,
                    Stage::Map(_)
                        | Stage::Copied
                        | Stage::Cloned
                        | Stage::Filter(_)
                        | Stage::FilterMap(_)
                        | Stage::Inspect(_)
                )
            })
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

    /// Drops every item left, as pulling them all would leave it.
    pub(super) fn exhaust(&mut self) {
        self.sources.clear();
    }

    /// Moves out the values it holds, so that dropping it drops nothing deep (see `teardown`).
    pub fn take_children(&mut self, work: &mut Vec<Value>) {
        for source in self.sources.drain(..) {
            match source {
                Source::Items(items) => work.extend(items),
                Source::Iter(inner) => work.push(Value::Iter(inner)),
                Source::Program { state, .. } => work.push(state),
                Source::Repeat(value) | Source::FromFn(value) | Source::Stream(value) => {
                    work.push(value)
                }
                Source::Successors { next, f } => work.extend(next.into_iter().chain([f])),
                Source::Flatten { outer, inner } => {
                    work.push(Value::Iter(outer));
                    work.extend(inner.map(Value::Iter));
                }
                Source::Range { .. } => {}
            }
        }
        for stage in self.stages.drain(..) {
            match stage {
                Stage::Map(f)
                | Stage::Filter(f)
                | Stage::FilterMap(f)
                | Stage::Inspect(f)
                | Stage::TakeWhile(f, _)
                | Stage::SkipWhile(f, _)
                | Stage::MapWhile(f, _) => work.push(f),
                Stage::Scan(state, f, _) => work.extend([Value::RefCell(state), f]),
                Stage::Zip(inner) => work.push(Value::Iter(inner)),
                Stage::Copied
                | Stage::Cloned
                | Stage::Enumerate(_)
                | Stage::Skip(_)
                | Stage::Take(_)
                | Stage::StepBy { .. } => {}
            }
        }
        work.extend(self.peeked.take().flatten());
    }
}

/// The next item of a shared iterator.
pub(super) fn pull(
    iter: &Rc<RefCell<Lazy>>,
    env: &mut Env<'_, '_>,
) -> Result<Option<Value>, Fault> {
    let _guard = StackGuard::enter()?;
    borrowed(iter)?.next(env)
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

/// The iterators of `std::iter`'s functions: `repeat`, `from_fn` and `successors`.
pub fn iter_fn(native: Native, args: Vec<Value>) -> Value {
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or_default();
    shared(Lazy::new(match native {
        Native::IterRepeat => Source::Repeat(arg()),
        Native::IterFromFn => Source::FromFn(arg()),
        _ => {
            let first = arg();
            Source::Successors {
                next: payload(first).ok().flatten(),
                f: arg(),
            }
        }
    }))
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

/// What `for` over `&mut value` iterates: a vector's elements and a map's values as
/// references that write into it; anything else as [`into_iter`] does.
pub fn into_iter_mut(value: Value) -> Result<Value, Fault> {
    match value.deref() {
        Value::Vec(items) => Ok(elements_mut(&items)),
        Value::Map(map) => Ok(iter_of(super::collections::map_items(&map, true))),
        _ => into_iter(value),
    }
}

/// `iter_mut()` of a vector: a reference to each element, which writes into the vector.
pub fn elements_mut(items: &Rc<RefCell<Vec<Value>>>) -> Value {
    let len = items.borrow().len();
    iter_of((0..len).map(|index| Guard::element(items, index)).collect())
}

/// The iterator over a vector (a copy of its items), range, `Option` or iterator (itself).
pub(super) fn lazy_of(value: &Value) -> Result<Rc<RefCell<Lazy>>, Fault> {
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
        Value::Variant(v) if v.tag == Tag::Ok => Source::Items(v.fields.clone().into_iter()),
        Value::Variant(v) if v.tag == Tag::Err => Source::Items(Vec::new().into_iter()),
        stream @ Value::AsyncStream(_) => Source::Stream(stream),
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
        "copied" => Stage::Copied,
        "cloned" => Stage::Cloned,
        "filter" => Stage::Filter(arg),
        "enumerate" => Stage::Enumerate(0),
        "skip" => Stage::Skip(as_index(&arg)?),
        "take" => Stage::Take(as_index(&arg)?),
        "step_by" => match as_index(&arg)? {
            0 => return Err("assertion failed: step != 0".into()),
            step => Stage::StepBy { step, seen: 0 },
        },
        "zip" => Stage::Zip(lazy_of(&arg)?),
        "filter_map" => Stage::FilterMap(arg),
        "inspect" => Stage::Inspect(arg),
        "take_while" => Stage::TakeWhile(arg, false),
        "skip_while" => Stage::SkipWhile(arg, true),
        "map_while" => Stage::MapWhile(arg, false),
        "scan" => Stage::Scan(
            new_slot(arg),
            args.get(1).cloned().unwrap_or_default(),
            false,
        ),
        "flat_map" | "flatten" => {
            let outer = match name {
                "flat_map" => adapt(iter, Stage::Map(arg), exclusive),
                _ => iter,
            };
            return Ok(Some(shared(Lazy::new(Source::Flatten {
                outer,
                inner: None,
            }))));
        }
        // A `Peekable` of its own, so that an item it holds back never skips a stage.
        "peekable" => return Ok(Some(shared(Lazy::new(Source::Iter(iter))))),
        "peek" | "peek_mut" => return borrowed(&iter)?.peek(env).map(|p| Some(Value::option(p))),
        "next_if" | "next_if_eq" => {
            let Some(item) = borrowed(&iter)?.peek(env)? else {
                return Ok(Some(Value::option(None)));
            };
            let take = match name {
                "next_if" => truth(call_sync(env, &arg, vec![item.clone()])?)?,
                _ => values_equal(&item, &arg)?,
            };
            if take {
                borrowed(&iter)?.peeked = None;
            }
            return Ok(Some(Value::option(take.then_some(item))));
        }
        "rev" => return reversed(env, iter, exclusive).map(Some),
        "chain" => {
            let mut lazy = Lazy::new(Source::Iter(iter));
            lazy.sources.push_back(Source::Iter(lazy_of(&arg)?));
            return Ok(Some(shared(lazy)));
        }
        _ => return super::consume::consume(env, iter, name, args),
    };
    Ok(Some(Value::Iter(adapt(iter, stage, exclusive))))
}

/// The iterator, borrowed to be advanced.
fn borrowed(iter: &Rc<RefCell<Lazy>>) -> Result<std::cell::RefMut<'_, Lazy>, Fault> {
    iter.try_borrow_mut()
        .map_err(|_| "an iterator was advanced while it was already being advanced".into())
}

/// `iter` with `stage` added: in place when nothing else can see it (and no peeked item
/// would skip the stage), otherwise wrapped.
fn adapt(iter: Rc<RefCell<Lazy>>, stage: Stage, exclusive: bool) -> Rc<RefCell<Lazy>> {
    let unplaced = match iter.try_borrow_mut() {
        Ok(mut lazy) if exclusive && lazy.peeked.is_none() => {
            lazy.stages.push(stage);
            None
        }
        _ => Some(stage),
    };
    let Some(stage) = unplaced else {
        return iter;
    };
    let mut lazy = Lazy::new(Source::Iter(iter));
    lazy.stages.push(stage);
    Rc::new(RefCell::new(lazy))
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
