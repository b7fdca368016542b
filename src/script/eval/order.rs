//! Equality and order as the program's own `PartialEq`, `Ord` and `PartialOrd` impls define
//! them, wherever a value of a program type with one sits (itself, a field, a tuple, a
//! vector, an `Option`), for what std compares on the program's behalf: `sort`, `max`, `min`,
//! `binary_search`, `dedup`, `contains`, and `==` or `<` on compound values. The rest compare
//! as derived impls and std's do. It must never call an impl the program did not write, nor
//! recurse in Rust without a stack guard.

use std::cmp::Ordering;

use super::methods::ordering_of;
use super::program::TraitImpls;
use super::traits::is_program_type;
use super::value::{compare, values_equal, Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::stack::StackGuard;

/// Whether some program type implements one of `traits` (when none does, the built-in
/// comparison is the whole answer).
fn program_implements(env: &Env<'_, '_>, traits: &[&str]) -> bool {
    let program = &env.shared.program;
    let has = |impls: &TraitImpls| traits.iter().any(|t| impls.contains_key(*t));
    program.structs.iter().any(|def| has(&def.impls))
        || program.enums.iter().any(|def| has(&def.impls))
}

/// `a.cmp(b)` (`partial_cmp` where only that is written) by the program's impls.
pub fn compare_by_impl(
    env: &mut Env<'_, '_>,
    a: &Value,
    b: &Value,
) -> Result<Option<Ordering>, Fault> {
    if !program_implements(env, &["Ord", "PartialOrd"]) {
        return Ok(compare(a, b)?);
    }
    compare_deep(env, a, b)
}

fn compare_deep(env: &mut Env<'_, '_>, a: &Value, b: &Value) -> Result<Option<Ordering>, Fault> {
    let _guard = StackGuard::enter()?;
    let (a, b) = (a.deref(), b.deref());
    if is_program_type(&a) {
        let program = &env.shared.program;
        let cmp = program.trait_method(&a, "Ord", "cmp");
        let partial_cmp = program.trait_method(&a, "PartialOrd", "partial_cmp");
        let args = vec![a.clone(), b.clone()];
        if let Some(f) = cmp {
            return Ok(ordering_of(&call_sync(env, &Value::Func(f), args)?));
        }
        if let Some(f) = partial_cmp {
            return Ok(match call_sync(env, &Value::Func(f), args)? {
                Value::Variant(v) if v.tag == Tag::Some => v.fields.first().and_then(ordering_of),
                _ => None,
            });
        }
    }
    let Some((x, y)) = parts(&a, &b) else {
        return Ok(compare(&a, &b)?);
    };
    for (x, y) in x.iter().zip(&y) {
        match compare_deep(env, x, y)? {
            Some(Ordering::Equal) => {}
            other => return Ok(other),
        }
    }
    Ok(Some(x.len().cmp(&y.len())))
}

/// `a == b` by the program's `PartialEq` impls.
pub fn equal_by_impl(env: &mut Env<'_, '_>, a: &Value, b: &Value) -> Result<bool, Fault> {
    if !program_implements(env, &["PartialEq"]) {
        return Ok(values_equal(a, b)?);
    }
    equal_deep(env, a, b)
}

fn equal_deep(env: &mut Env<'_, '_>, a: &Value, b: &Value) -> Result<bool, Fault> {
    let _guard = StackGuard::enter()?;
    let (a, b) = (a.deref(), b.deref());
    if is_program_type(&a) {
        if let Some(f) = env.shared.program.trait_method(&a, "PartialEq", "eq") {
            let equal = call_sync(env, &Value::Func(f), vec![a.clone(), b.clone()])?;
            return Ok(matches!(equal, Value::Bool(true)));
        }
    }
    let Some((x, y)) = parts(&a, &b) else {
        return Ok(values_equal(&a, &b)?);
    };
    if x.len() != y.len() {
        return Ok(false);
    }
    for (x, y) in x.iter().zip(&y) {
        if !equal_deep(env, x, y)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The parts that derived impls compare one by one: the fields of two values of one struct
/// or of one variant, the items of two tuples or vectors.
fn parts(a: &Value, b: &Value) -> Option<(Vec<Value>, Vec<Value>)> {
    Some(match (a, b) {
        (Value::Struct(x), Value::Struct(y)) if std::rc::Rc::ptr_eq(&x.def, &y.def) => {
            (x.fields.borrow().clone(), y.fields.borrow().clone())
        }
        (Value::Variant(x), Value::Variant(y)) if x.tag == y.tag => {
            (x.fields.clone(), y.fields.clone())
        }
        (Value::Tuple(x), Value::Tuple(y)) => (x.to_vec(), y.to_vec()),
        (Value::Vec(x), Value::Vec(y)) => (x.borrow().clone(), y.borrow().clone()),
        _ => return None,
    })
}

/// Whether `value` may hold a value of a program type whose impls decide `==` and `<`.
pub fn may_hold_program_type(value: &Value) -> bool {
    matches!(
        value,
        Value::Struct(_) | Value::Variant(_) | Value::Tuple(_) | Value::Vec(_)
    )
}
