//! Dropping values without deep native recursion. A program can build a value nested as deep as
//! it likes (a linked list of a million `Option<Box<Node>>`, a chain of boxed futures), and the
//! drop glue Rust derives would recurse once per level and overflow the stack. So the heap
//! objects of [`Value`] hand their children to [`release`] when they drop: the outermost release
//! on the thread takes every value it is given apart one level at a time from a work list, and a
//! release that happens while one is under way (a child dropping its own children) only adds to
//! that list. It must never run program code, and never drop a value that is still shared.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::value::Value;

thread_local! {
    /// Whether a release is taking values apart on this thread right now.
    static RELEASING: Cell<bool> = const { Cell::new(false) };
    /// Values handed over while a release is under way, waiting for it to take them apart.
    static HANDED_OVER: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Drops `children`, the contents of a dropping heap object, without recursing once per level,
/// in rustc's order: each value, then what it holds, before the next value. Values that cannot
/// hold others are dropped at once, so that the common case costs nothing.
pub fn release(children: Vec<Value>) {
    if !children.iter().any(can_nest) {
        return;
    }
    if RELEASING.with(Cell::get) {
        HANDED_OVER.with(|list| list.borrow_mut().extend(children));
        return;
    }
    RELEASING.with(|releasing| releasing.set(true));
    // A stack whose top is the next value to drop.
    let mut work = children;
    work.reverse();
    while let Some(mut value) = work.pop() {
        let first_child = work.len();
        take_children(&mut value, &mut work);
        work[first_child..].reverse();
        // `value` now holds nothing deep; its own drop hands over at most one level, which
        // drops next.
        drop(value);
        let handed_over = HANDED_OVER.with(|list| std::mem::take(&mut *list.borrow_mut()));
        work.extend(handed_over.into_iter().rev());
    }
    RELEASING.with(|releasing| releasing.set(false));
}

/// Drops `value`, a value the program discards, as [`release`] does. Objects with drop hooks of
/// their own hand their children to [`release`] themselves, so only a plain container that is
/// the last owner of values that may nest needs the work list.
#[inline]
pub fn release_one(value: Value) {
    // Most values a program discards are scalars such as `()`, which own nothing: forgetting
    // them spares the checks below and the drop glue of every kind of value.
    if matches!(value, Value::Unit | Value::Bool(_) | Value::Int(..)) {
        std::mem::forget(value);
        return;
    }
    release_owned(value);
}

/// [`release_one`] of a value that may own others.
fn release_owned(value: Value) {
    let holds_nested = match &value {
        Value::Vec(items) => {
            Rc::strong_count(items) == 1
                && items
                    .try_borrow()
                    .is_ok_and(|items| items.iter().any(can_nest))
        }
        Value::Tuple(items) => Rc::strong_count(items) == 1 && items.iter().any(can_nest),
        Value::Rc(inner) => Rc::strong_count(inner) == 1 && can_nest(inner),
        Value::Iter(_) => true,
        _ => false,
    };
    if holds_nested {
        release(vec![value]);
    }
}

/// Whether dropping `value` may drop other values.
pub fn can_nest(value: &Value) -> bool {
    matches!(
        value,
        Value::Vec(_)
            | Value::Tuple(_)
            | Value::Struct(_)
            | Value::Variant(_)
            | Value::Closure(_)
            | Value::Future(_)
            | Value::Rc(_)
            | Value::RefCell(_)
            | Value::Iter(_)
            | Value::Map(_)
            | Value::Entry(_)
    )
}

/// Moves the children of `value` into `work` when this is its last owner, so that dropping it
/// afterwards drops nothing deep. Objects with drop hooks of their own hand their children over
/// when they drop; plain containers are emptied here.
fn take_children(value: &mut Value, work: &mut Vec<Value>) {
    match value {
        Value::Vec(items) => {
            if let Some(items) = Rc::get_mut(items) {
                work.append(items.get_mut());
            }
        }
        Value::Tuple(items) => {
            if let Some(items) = Rc::get_mut(items) {
                work.extend(items.iter_mut().map(std::mem::take));
            }
        }
        Value::Rc(inner) => {
            if let Some(inner) = Rc::get_mut(inner) {
                work.push(std::mem::take(inner));
            }
        }
        Value::Iter(iter) => {
            if let Some(iter) = Rc::get_mut(iter) {
                iter.get_mut().take_children(work);
            }
        }
        _ => {}
    }
}
