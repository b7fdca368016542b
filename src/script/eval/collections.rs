//! `HashMap`, `HashSet`, `BTreeMap` and `BTreeSet` as interpreter values: their methods, the
//! `entry` API and what collecting into them does. Every one of them keeps its keys sorted, so
//! a hash map iterates in its keys' order as a `BTreeMap` does: rustc's order is random, and a
//! playground run must replay the same. (`VecDeque` is a vector; see `methods.rs`.) It must
//! never panic on any key or value a program builds, and never let a value handed out by
//! `get_mut`, `entry` or `values_mut` outlive its meaning: each is a mutable view of the slot
//! itself, so writing through it writes into the map.

// A key holds a program value, which may have interior mutability (a `String`'s buffer), but
// the program cannot reach a key once it is in a map (std moves it in), so its order is fixed.
#![allow(
    clippy::mutable_key_type,
    reason = "keys are moved into the map, out of the program's reach"
)]

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::iter::{items, iter_of};
use super::memory::reserve_values;
use super::methods::sort_values;
use super::number::IntType;
use super::value::{compare, deep_clone, values_equal, CellObj, Guard, Place, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::stack::TooDeep;

/// Which std collection a [`MapObj`] is: its name in messages and whether it holds values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKind {
    /// `HashMap<K, V>`
    HashMap,
    /// `BTreeMap<K, V>`
    BTreeMap,
    /// `HashSet<T>`
    HashSet,
    /// `BTreeSet<T>`
    BTreeSet,
}

impl MapKind {
    /// Whether it holds keys only.
    pub fn is_set(self) -> bool {
        matches!(self, MapKind::HashSet | MapKind::BTreeSet)
    }

    /// The type's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            MapKind::HashMap => "HashMap",
            MapKind::BTreeMap => "BTreeMap",
            MapKind::HashSet => "HashSet",
            MapKind::BTreeSet => "BTreeSet",
        }
    }

    /// The collection a type name denotes, if it is one of these.
    pub fn from_name(name: &str) -> Option<MapKind> {
        Some(match name {
            "HashMap" => MapKind::HashMap,
            "BTreeMap" => MapKind::BTreeMap,
            "HashSet" => MapKind::HashSet,
            "BTreeSet" => MapKind::BTreeSet,
            _ => return None,
        })
    }
}

/// A key, ordered as `Ord` orders the program's values (numbers by value, strings by text).
pub struct Key(pub Value);

impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        // Keys are `Ord` in Rust, so every pair compares; a key nested too deep to compare
        // counts as equal rather than stopping the interpreter.
        compare(&self.0, &other.0)
            .ok()
            .flatten()
            .unwrap_or(Ordering::Equal)
    }
}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Key {}

/// A map or set: its kind and its entries, each value in a slot of its own so that a mutable
/// view of one (`get_mut`, `entry(..).or_insert(..)`) writes into the map.
pub struct MapObj {
    /// Which collection it is.
    pub kind: MapKind,
    /// The entries in key order (a set's values are `()`).
    pub entries: RefCell<BTreeMap<Key, Rc<CellObj>>>,
    /// `V::default()`, for `or_default`, when the program's declaration names `V`.
    pub default: RefCell<Option<Value>>,
}

// Dropping a deep value level by level, not by recursion (see `teardown`).
impl Drop for MapObj {
    fn drop(&mut self) {
        let mut work = Vec::new();
        take_map_children(self, &mut work);
        super::teardown::release(work);
    }
}

/// `map.entry(key)`: the map and the key, until one of its methods decides.
pub struct EntryObj {
    map: Rc<MapObj>,
    key: Value,
}

/// A slot holding `value`, of which [`view`] makes mutable views.
pub fn new_slot(value: Value) -> Rc<CellObj> {
    Rc::new(CellObj {
        value: RefCell::new(value),
        borrows: Cell::new(0),
    })
}

/// A mutable view of a slot: reads and writes go to the slot's own value (a map's value,
/// `scan`'s state).
pub fn view(slot: &Rc<CellObj>) -> Value {
    Value::Guard(Rc::new(Guard {
        place: Place::Cell(Rc::clone(slot)),
        mutable: true,
    }))
}

fn read(slot: &Rc<CellObj>) -> Value {
    slot.value.borrow().clone()
}

/// An empty collection of `kind`; `default` is its value type's default, if known.
pub fn new_map(kind: MapKind, default: Option<Value>) -> Value {
    Value::Map(Rc::new(MapObj {
        kind,
        entries: RefCell::new(BTreeMap::new()),
        default: RefCell::new(default),
    }))
}

/// A collection of `kind` from items: `(key, value)` pairs for a map, keys for a set. A later
/// pair replaces an earlier one with the same key, as `insert` does.
pub fn map_from(kind: MapKind, items: Vec<Value>) -> Result<Value, Fault> {
    reserve_values(items.len().saturating_mul(3))?;
    let mut entries = BTreeMap::new();
    for item in items {
        let (key, value) = entry_parts(kind, item)?;
        entries.insert(Key(key), new_slot(value));
    }
    Ok(Value::Map(Rc::new(MapObj {
        kind,
        entries: RefCell::new(entries),
        default: RefCell::new(None),
    })))
}

fn entry_parts(kind: MapKind, item: Value) -> Result<(Value, Value), Fault> {
    if kind.is_set() {
        return Ok((item, Value::Unit));
    }
    match item.deref() {
        Value::Tuple(pair) if pair.len() == 2 => Ok((pair[0].clone(), pair[1].clone())),
        other => Err(format!(
            "a {} is built from (key, value) pairs, not from a {}",
            kind.name(),
            other.type_name()
        )
        .into()),
    }
}

/// The items a `for` loop or an iterator over the collection sees: `(key, value)` pairs of a
/// map (the values as views when `mutable`), the keys of a set.
pub fn map_items(map: &MapObj, mutable: bool) -> Vec<Value> {
    map.entries
        .borrow()
        .iter()
        .map(|(key, slot)| match (map.kind.is_set(), mutable) {
            (true, _) => key.0.clone(),
            (false, false) => Value::Tuple(vec![key.0.clone(), read(slot)].into()),
            (false, true) => Value::Tuple(vec![key.0.clone(), view(slot)].into()),
        })
        .collect()
}

/// A copy of the collection, keys and values copied as `clone()` copies them.
pub fn clone_map(map: &MapObj) -> Result<Value, TooDeep> {
    let mut entries = BTreeMap::new();
    for (key, slot) in map.entries.borrow().iter() {
        entries.insert(Key(deep_clone(&key.0)?), new_slot(deep_clone(&read(slot))?));
    }
    let default = map.default.borrow().as_ref().map(deep_clone).transpose()?;
    Ok(Value::Map(Rc::new(MapObj {
        kind: map.kind,
        entries: RefCell::new(entries),
        default: RefCell::new(default),
    })))
}

/// Equality as std's: the same keys, each with an equal value.
pub fn maps_equal(a: &MapObj, b: &MapObj) -> Result<bool, TooDeep> {
    let (a, b) = (a.entries.borrow(), b.entries.borrow());
    if a.len() != b.len() {
        return Ok(false);
    }
    for ((ka, va), (kb, vb)) in a.iter().zip(b.iter()) {
        if !values_equal(&ka.0, &kb.0)? || !values_equal(&read(va), &read(vb))? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Every key and value it holds, for dropping it level by level and for measuring a copy.
pub fn map_children(map: &MapObj) -> Vec<Value> {
    let entries = map.entries.borrow();
    let mut children = Vec::with_capacity(entries.len() * 2);
    for (key, slot) in entries.iter() {
        children.push(key.0.clone());
        children.push(read(slot));
    }
    children
}

/// Empties the collection into `work`, so that dropping it drops nothing deep.
pub fn take_map_children(map: &MapObj, work: &mut Vec<Value>) {
    let entries = std::mem::take(&mut *map.entries.borrow_mut());
    for (key, slot) in entries {
        work.push(key.0);
        work.push(Value::RefCell(slot));
    }
}

/// A method of a map or set, `None` when it has no method of that name.
pub fn map_method(
    env: &mut Env<'_, '_>,
    map: &Rc<MapObj>,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let arg = |i: usize| args.get(i).cloned().unwrap_or(Value::Unit);
    let set = map.kind.is_set();
    let len = map.entries.borrow().len();
    Ok(Some(match name {
        "len" => Value::usize(len),
        "is_empty" => Value::Bool(len == 0),
        "clear" => {
            let mut work = Vec::new();
            take_map_children(map, &mut work);
            super::teardown::release(work);
            Value::Unit
        }
        "insert" => insert(map, args)?,
        "contains_key" | "contains" => {
            Value::Bool(map.entries.borrow().contains_key(&key(&arg(0))))
        }
        "get" if set => Value::option(stored_key(map, &arg(0))),
        "get" => Value::option(index(map, &arg(0))),
        "get_mut" => Value::option(map.entries.borrow().get(&key(&arg(0))).map(view)),
        "remove" | "take" => {
            let removed = map.entries.borrow_mut().remove_entry(&key(&arg(0)));
            match (set, name) {
                (true, "remove") => Value::Bool(removed.is_some()),
                (true, _) => Value::option(removed.map(|(key, _)| key.0)),
                _ => Value::option(removed.map(|(_, slot)| read(&slot))),
            }
        }
        "remove_entry" => Value::option(
            map.entries
                .borrow_mut()
                .remove_entry(&key(&arg(0)))
                .map(|(key, slot)| Value::Tuple(vec![key.0, read(&slot)].into())),
        ),
        "entry" if !set => Value::Entry(Rc::new(EntryObj {
            map: Rc::clone(map),
            key: arg(0),
        })),
        "iter" | "into_iter" => iter_of(map_items(map, false)),
        "iter_mut" => iter_of(map_items(map, true)),
        "keys" | "into_keys" => iter_of(keys(map)),
        "values" | "into_values" => iter_of(slots(map).iter().map(read).collect()),
        "values_mut" => iter_of(slots(map).iter().map(view).collect()),
        "extend" => {
            for item in items(env, &arg(0))? {
                let (key, value) = entry_parts(map.kind, item)?;
                insert_pair(map, key, value)?;
            }
            Value::Unit
        }
        "retain" => {
            retain(env, map, &arg(0))?;
            Value::Unit
        }
        "first" | "first_key_value" => Value::option(end_item(map, true)),
        "last" | "last_key_value" => Value::option(end_item(map, false)),
        "pop_first" | "pop_last" => {
            let popped = match name {
                "pop_first" => map.entries.borrow_mut().pop_first(),
                _ => map.entries.borrow_mut().pop_last(),
            };
            Value::option(popped.map(|(key, slot)| match set {
                true => key.0,
                false => Value::Tuple(vec![key.0, read(&slot)].into()),
            }))
        }
        "union"
        | "intersection"
        | "difference"
        | "symmetric_difference"
        | "is_subset"
        | "is_superset"
        | "is_disjoint"
            if set =>
        {
            set_operation(map, name, &arg(0))?
        }
        _ => return Ok(None),
    }))
}

/// `map[key]`: the value, if the key is there.
pub fn index(map: &MapObj, wanted: &Value) -> Option<Value> {
    map.entries.borrow().get(&key(wanted)).map(read)
}

fn key(value: &Value) -> Key {
    Key(value.deref())
}

fn keys(map: &MapObj) -> Vec<Value> {
    map.entries.borrow().keys().map(|k| k.0.clone()).collect()
}

fn slots(map: &MapObj) -> Vec<Rc<CellObj>> {
    map.entries.borrow().values().cloned().collect()
}

/// The key the set holds that equals `wanted` (`HashSet::get`).
fn stored_key(map: &MapObj, wanted: &Value) -> Option<Value> {
    map.entries
        .borrow()
        .get_key_value(&key(wanted))
        .map(|(k, _)| k.0.clone())
}

/// The first or last entry: a set's key, a map's `(key, value)`.
fn end_item(map: &MapObj, first: bool) -> Option<Value> {
    let entries = map.entries.borrow();
    let (key, slot) = match first {
        true => entries.first_key_value()?,
        false => entries.last_key_value()?,
    };
    Some(match map.kind.is_set() {
        true => key.0.clone(),
        false => Value::Tuple(vec![key.0.clone(), read(slot)].into()),
    })
}

/// `insert`: a map's returns the value it replaced, a set's whether the key was new (a set
/// keeps the key it had, as std's does).
pub fn insert(map: &MapObj, args: &[Value]) -> Result<Value, Fault> {
    match (map.kind.is_set(), args) {
        (true, [item]) => {
            let present = map.entries.borrow().contains_key(&key(item));
            if !present {
                insert_pair(map, item.clone(), Value::Unit)?;
            }
            Ok(Value::Bool(!present))
        }
        (false, [k, v]) => Ok(Value::option(insert_pair(map, k.clone(), v.clone())?)),
        _ => Err(format!("`{}::insert` takes {} argument(s)", map.kind.name(), 2).into()),
    }
}

/// Sets `key` to `value`, returning the value it replaces. A map keeps the key it had.
fn insert_pair(map: &MapObj, key: Value, value: Value) -> Result<Option<Value>, Fault> {
    let mut entries = map.entries.borrow_mut();
    if let Some(slot) = entries.get(&Key(key.deref())) {
        return Ok(Some(std::mem::replace(
            &mut *slot.value.borrow_mut(),
            value,
        )));
    }
    reserve_values(entries.len().saturating_add(1).saturating_mul(3))?;
    entries.insert(Key(key), new_slot(value));
    Ok(None)
}

/// `retain(|k, v| ..)` on a map (the value as a view), `retain(|k| ..)` on a set.
fn retain(env: &mut Env<'_, '_>, map: &MapObj, f: &Value) -> Result<(), Fault> {
    let entries: Vec<(Value, Rc<CellObj>)> = map
        .entries
        .borrow()
        .iter()
        .map(|(k, slot)| (k.0.clone(), Rc::clone(slot)))
        .collect();
    for (key, slot) in entries {
        let args = match map.kind.is_set() {
            true => vec![key.clone()],
            false => vec![key.clone(), view(&slot)],
        };
        if !super::ops::truth(call_sync(env, f, args)?)? {
            map.entries.borrow_mut().remove(&Key(key));
        }
    }
    Ok(())
}

/// The set operations: an iterator over the keys (in order) or a `bool`.
fn set_operation(map: &MapObj, name: &str, other: &Value) -> Result<Value, Fault> {
    let Value::Map(other) = other.deref() else {
        return Err(format!("`{name}` needs another set").into());
    };
    let (mine, theirs) = (map.entries.borrow(), other.entries.borrow());
    let in_mine = |k: &Key| mine.contains_key(k);
    let in_theirs = |k: &Key| theirs.contains_key(k);
    let pick = |keys: &BTreeMap<Key, Rc<CellObj>>, keep: &dyn Fn(&Key) -> bool| -> Vec<Value> {
        keys.keys()
            .filter(|k| keep(k))
            .map(|k| k.0.clone())
            .collect()
    };
    Ok(match name {
        "union" => {
            let mut all = pick(&mine, &|_| true);
            all.extend(pick(&theirs, &|k| !in_mine(k)));
            sort_values(&mut all, &mut |a, b| Key(a.clone()).cmp(&Key(b.clone())));
            iter_of(all)
        }
        "intersection" => iter_of(pick(&mine, &in_theirs)),
        "difference" => iter_of(pick(&mine, &|k| !in_theirs(k))),
        "symmetric_difference" => {
            let mut all = pick(&mine, &|k| !in_theirs(k));
            all.extend(pick(&theirs, &|k| !in_mine(k)));
            sort_values(&mut all, &mut |a, b| Key(a.clone()).cmp(&Key(b.clone())));
            iter_of(all)
        }
        "is_subset" => Value::Bool(mine.keys().all(in_theirs)),
        "is_superset" => Value::Bool(theirs.keys().all(in_mine)),
        _ => Value::Bool(!mine.keys().any(in_theirs)),
    })
}

/// A method of an `Entry`.
pub fn entry_method(
    env: &mut Env<'_, '_>,
    entry: &EntryObj,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let arg = args.first().cloned().unwrap_or(Value::Unit);
    let existing = entry.map.entries.borrow().get(&key(&entry.key)).cloned();
    Ok(Some(match (name, existing) {
        ("key", _) => entry.key.clone(),
        ("and_modify", Some(slot)) => {
            call_sync(env, &arg, vec![view(&slot)])?;
            Value::Entry(Rc::new(EntryObj {
                map: Rc::clone(&entry.map),
                key: entry.key.clone(),
            }))
        }
        ("and_modify", None) => Value::Entry(Rc::new(EntryObj {
            map: Rc::clone(&entry.map),
            key: entry.key.clone(),
        })),
        ("or_insert" | "or_insert_with" | "or_default" | "or_insert_with_key", Some(slot)) => {
            view(&slot)
        }
        ("or_insert" | "or_insert_with" | "or_default" | "or_insert_with_key", None) => {
            let value = match name {
                "or_insert" => arg,
                "or_insert_with" => call_sync(env, &arg, Vec::new())?,
                "or_insert_with_key" => call_sync(env, &arg, vec![entry.key.clone()])?,
                // The default of the map's value type, known where the program declared it;
                // otherwise `0`, which `+=` and printing read as the number rustc would give.
                _ => entry
                    .map
                    .default
                    .borrow()
                    .as_ref()
                    .map_or(Ok(Value::Int(0, IntType::Infer)), deep_clone)?,
            };
            insert_pair(&entry.map, entry.key.clone(), value)?;
            let slot = entry
                .map
                .entries
                .borrow()
                .get(&key(&entry.key))
                .cloned()
                .ok_or("internal: an entry vanished as it was inserted")?;
            view(&slot)
        }
        _ => return Ok(None),
    }))
}

/// Writes a map or set as std's `Debug` does: `{k: v, ..}` or `{k, ..}`.
pub fn debug_entries(map: &MapObj) -> Vec<(Value, Option<Value>)> {
    map.entries
        .borrow()
        .iter()
        .map(|(key, slot)| (key.0.clone(), (!map.kind.is_set()).then(|| read(slot))))
        .collect()
}
