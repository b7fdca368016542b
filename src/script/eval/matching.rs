//! Pattern matching of runtime values against lowered patterns, binding into a frame's slots.
//! It must never bind anything when a pattern does not match in a way the program can observe,
//! and never panic on a value of an unexpected shape (that is simply no match).

use std::rc::Rc;

use super::program::Pat;
use super::value::{compare, values_equal, Value};

/// Whether `value` matches `pat`, storing bindings into `slots`.
pub fn matches(pat: &Pat, value: &Value, slots: &mut [Value]) -> bool {
    match pat {
        Pat::Wild => true,
        Pat::Bind(slot, sub) => {
            if let Some(sub) = sub {
                if !matches(sub, value, slots) {
                    return false;
                }
            }
            if let Some(cell) = slots.get_mut(*slot as usize) {
                *cell = value.clone();
            }
            true
        }
        Pat::Lit(lit) => values_equal(&value.deref(), lit),
        Pat::Range(start, end, inclusive) => {
            in_range(&value.deref(), start.as_ref(), end.as_ref(), *inclusive)
        }
        Pat::Tuple(elems, rest) => match value.deref() {
            Value::Tuple(items) => match_seq(elems, *rest, &items, slots),
            _ => false,
        },
        Pat::Variant(tag, elems) => match value.as_variant() {
            Some(v) if v.tag == *tag => match_seq(elems, None, &v.fields, slots),
            _ => false,
        },
        Pat::Struct(def, fields) => match value.deref() {
            Value::Struct(obj) if Rc::ptr_eq(&obj.def, def) => {
                let values = obj.fields.borrow().clone();
                fields
                    .iter()
                    .all(|(i, p)| values.get(*i).is_some_and(|v| matches(p, v, slots)))
            }
            _ => false,
        },
        Pat::Or(alts) => alts.iter().any(|alt| matches(alt, value, slots)),
    }
}

fn in_range(value: &Value, start: Option<&Value>, end: Option<&Value>, inclusive: bool) -> bool {
    let above = start.is_none_or(|s| compare(value, s).is_some_and(|o| o.is_ge()));
    let below = end.is_none_or(|e| {
        compare(value, e).is_some_and(|o| if inclusive { o.is_le() } else { o.is_lt() })
    });
    above && below
}

fn match_seq(elems: &[Pat], rest: Option<usize>, items: &[Value], slots: &mut [Value]) -> bool {
    match rest {
        None => {
            elems.len() == items.len() && elems.iter().zip(items).all(|(p, v)| matches(p, v, slots))
        }
        Some(at) => {
            let after = elems.len() - at - 1;
            if items.len() < at + after {
                return false;
            }
            let head = elems[..at]
                .iter()
                .zip(items)
                .all(|(p, v)| matches(p, v, slots));
            let tail_items = &items[items.len() - after..];
            head && elems[at + 1..]
                .iter()
                .zip(tail_items)
                .all(|(p, v)| matches(p, v, slots))
        }
    }
}
