//! Pattern matching of runtime values against lowered patterns, binding into a frame's slots.
//! It must never bind anything when a pattern does not match in a way the program can observe,
//! and never panic on a value of an unexpected shape (that is simply no match).

use std::rc::Rc;

use super::program::Pat;
use super::value::{compare, values_equal, Value};
use crate::script::stack::{StackGuard, TooDeep};

/// Whether `value` matches `pat`, storing bindings into `slots`; refused when the value's
/// comparison with a literal cannot fit the native stack.
pub fn matches(pat: &Pat, value: &Value, slots: &mut [Value]) -> Result<bool, TooDeep> {
    let _guard = StackGuard::enter()?;
    Ok(match pat {
        Pat::Wild => true,
        Pat::Bind(slot, sub) => {
            if let Some(sub) = sub {
                if !matches(sub, value, slots)? {
                    return Ok(false);
                }
            }
            if let Some(cell) = slots.get_mut(*slot as usize) {
                *cell = value.clone();
            }
            true
        }
        Pat::Lit(lit) => values_equal(&value.deref(), lit)?,
        Pat::Range(start, end, inclusive) => {
            in_range(&value.deref(), start.as_ref(), end.as_ref(), *inclusive)?
        }
        Pat::Tuple(elems, rest) => match value.deref() {
            Value::Tuple(items) => match_seq(elems, *rest, &items, slots)?,
            Value::Unit => elems.is_empty() || *rest == Some(0) && elems.len() == 1,
            _ => false,
        },
        Pat::Slice(elems, rest) => match value.deref() {
            Value::Vec(items) => {
                // A copy of the handles, so that no borrow of the vector is held while the
                // bindings overwrite slots (which may drop values).
                let items = items.borrow().clone();
                match_slice(elems, *rest, &items, slots)?
            }
            _ => false,
        },
        Pat::Variant(tag, elems) => match value.as_variant() {
            Some(v) if v.tag == *tag => match_seq(elems, None, &v.fields, slots)?,
            _ => false,
        },
        Pat::Struct(def, fields) => match value.deref() {
            Value::Struct(obj) if Rc::ptr_eq(&obj.def, def) => {
                let values = obj.fields.borrow().clone();
                for (i, p) in fields {
                    match values.get(*i) {
                        Some(v) if matches(p, v, slots)? => {}
                        _ => return Ok(false),
                    }
                }
                true
            }
            _ => false,
        },
        Pat::Or(alts) => {
            for alt in alts {
                if matches(alt, value, slots)? {
                    return Ok(true);
                }
            }
            false
        }
    })
}

fn in_range(
    value: &Value,
    start: Option<&Value>,
    end: Option<&Value>,
    inclusive: bool,
) -> Result<bool, TooDeep> {
    let above = match start {
        Some(s) => compare(value, s)?.is_some_and(|o| o.is_ge()),
        None => true,
    };
    let below = match end {
        Some(e) => {
            compare(value, e)?.is_some_and(|o| if inclusive { o.is_le() } else { o.is_lt() })
        }
        None => true,
    };
    Ok(above && below)
}

/// A slice pattern: like a tuple's, but the element at `rest` binds what `..` stands for.
fn match_slice(
    elems: &[Pat],
    rest: Option<usize>,
    items: &[Value],
    slots: &mut [Value],
) -> Result<bool, TooDeep> {
    if !match_seq(elems, rest, items, slots)? {
        return Ok(false);
    }
    if let Some(at) = rest {
        let after = elems.len() - at - 1;
        let middle = &items[at..items.len() - after];
        if let Some(Pat::Bind(slot, None)) = elems.get(at) {
            if let Some(cell) = slots.get_mut(*slot as usize) {
                *cell = Value::vec(middle.to_vec());
            }
        }
    }
    Ok(true)
}

fn match_seq(
    elems: &[Pat],
    rest: Option<usize>,
    items: &[Value],
    slots: &mut [Value],
) -> Result<bool, TooDeep> {
    let (head, tail) = match rest {
        None if elems.len() == items.len() => (elems, &[][..]),
        None => return Ok(false),
        Some(at) => {
            let after = elems.len() - at - 1;
            if items.len() < at + after {
                return Ok(false);
            }
            (&elems[..at], &elems[at + 1..])
        }
    };
    let tail_items = &items[items.len() - tail.len()..];
    for (p, v) in head.iter().zip(items).chain(tail.iter().zip(tail_items)) {
        if !matches(p, v, slots)? {
            return Ok(false);
        }
    }
    Ok(true)
}
