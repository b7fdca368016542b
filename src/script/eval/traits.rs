//! The std traits whose program impls the interpreter itself calls: `Display` and `Debug`
//! when formatting, `PartialEq`/`PartialOrd`/`Ord` and the operator traits for operators,
//! `ToString` through `Display`, `Iterator`/`IntoIterator` for loops and adapters, `IntoFuture`
//! for `.await`. Each finds "the impl of trait X for this value" with
//! [`Program::trait_method`](super::program::Program::trait_method) and runs it to completion.
//! It must never call an impl the program did not write, nor swallow a fault it raises.

use std::cell::RefCell;

use super::format::{self, UserFormat};
use super::iter::program_iter;
use super::order::{compare_by_impl, equal_by_impl};
use super::program::Template;
use super::value::{Tag, Value};
use super::vm::{call_sync, Fault};
use super::Env;
use crate::script::ast::{BinOp, FormatTrait};

/// Formats a template, the program's own types by their `Display` and `Debug` impls.
pub fn render(env: &mut Env<'_, '_>, template: &Template, args: &[Value]) -> Result<String, Fault> {
    let env = RefCell::new(env);
    let user =
        |value: &Value, format_trait| format_by_impl(&mut env.borrow_mut(), value, format_trait);
    let user: UserFormat<'_> = &user;
    format::render_with(template, args, Some(user))
}

/// `value.to_string()`, a program type by its `Display` impl.
pub fn display_string(env: &mut Env<'_, '_>, value: &Value) -> Result<String, Fault> {
    let env = RefCell::new(env);
    let user =
        |value: &Value, format_trait| format_by_impl(&mut env.borrow_mut(), value, format_trait);
    let user: UserFormat<'_> = &user;
    format::display_string_with(value, Some(user))
}

/// The text the program's `fmt` of `Display` or `Debug` writes for `value`, if it has one.
/// The `Formatter` it writes to is a `String` that `write!` appends to.
fn format_by_impl(
    env: &mut Env<'_, '_>,
    value: &Value,
    format_trait: FormatTrait,
) -> Result<Option<String>, Fault> {
    let trait_name = match format_trait {
        FormatTrait::Display => "Display",
        FormatTrait::Debug => "Debug",
        _ => return Ok(None),
    };
    let Some(fmt) = env.shared.program.trait_method(value, trait_name, "fmt") else {
        return Ok(None);
    };
    let formatter = Value::string(String::new());
    let result = call_sync(
        env,
        &Value::Func(fmt),
        vec![value.clone(), formatter.clone()],
    )?;
    if is_err(&result) {
        return Err(
            "a formatting trait implementation returned an error when the underlying stream did not"
                .into(),
        );
    }
    Ok(formatter.as_text())
}

fn is_err(value: &Value) -> bool {
    matches!(value, Value::Variant(v) if v.tag == Tag::Err)
}

/// `lhs op rhs` by the program's impl of the operator's trait for the left operand's type
/// (`PartialEq`, `PartialOrd` or `Ord` for comparisons, `Add`, `Sub`, ... for arithmetic);
/// `None` when it has none, and the built-in operator (a derived impl) applies.
pub fn binary_by_impl(
    env: &mut Env<'_, '_>,
    op: BinOp,
    lhs: &Value,
    rhs: &Value,
) -> Result<Option<Value>, Fault> {
    let program = &env.shared.program;
    let call = |env: &mut Env<'_, '_>, f: u32| {
        call_sync(env, &Value::Func(f), vec![lhs.clone(), rhs.clone()])
    };
    if let Some((trait_name, method)) = operator_trait(op) {
        let Some(f) = program.trait_method(lhs, trait_name, method) else {
            return Ok(None);
        };
        return call(env, f).map(Some);
    }
    if matches!(op, BinOp::Eq | BinOp::Ne) {
        // A derived `PartialEq` compares the parts, some of which may have the program's.
        let equal = equal_by_impl(env, lhs, rhs)?;
        return Ok(Some(Value::Bool(equal == (op == BinOp::Eq))));
    }
    let ordering = if let Some(f) = program.trait_method(lhs, "PartialOrd", "partial_cmp") {
        match call(env, f)? {
            Value::Variant(v) if v.tag == Tag::Some => v.fields.first().and_then(ordering_tag),
            _ => None,
        }
    } else if let Some(f) = program.trait_method(lhs, "Ord", "cmp") {
        ordering_tag(&call(env, f)?)
    } else if matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
        // A derived order compares the parts, some of which may have the program's.
        compare_by_impl(env, lhs, rhs)?.map(|ordering| match ordering {
            std::cmp::Ordering::Less => Tag::Less,
            std::cmp::Ordering::Equal => Tag::Equal,
            std::cmp::Ordering::Greater => Tag::Greater,
        })
    } else {
        return Ok(None);
    };
    // An incomparable pair (`partial_cmp` gave `None`) makes every ordering test false.
    let holds = ordering.is_some_and(|ordering| match op {
        BinOp::Lt => ordering == Tag::Less,
        BinOp::Le => ordering != Tag::Greater,
        BinOp::Gt => ordering == Tag::Greater,
        _ => ordering != Tag::Less,
    });
    Ok(Some(Value::Bool(holds)))
}

/// The `std::ops` trait and method of an arithmetic or bitwise operator.
fn operator_trait(op: BinOp) -> Option<(&'static str, &'static str)> {
    Some(match op {
        BinOp::Add => ("Add", "add"),
        BinOp::Sub => ("Sub", "sub"),
        BinOp::Mul => ("Mul", "mul"),
        BinOp::Div => ("Div", "div"),
        BinOp::Rem => ("Rem", "rem"),
        BinOp::BitAnd => ("BitAnd", "bitand"),
        BinOp::BitOr => ("BitOr", "bitor"),
        BinOp::BitXor => ("BitXor", "bitxor"),
        BinOp::Shl => ("Shl", "shl"),
        BinOp::Shr => ("Shr", "shr"),
        _ => return None,
    })
}

fn ordering_tag(value: &Value) -> Option<Tag> {
    match value {
        Value::Variant(v) if matches!(v.tag, Tag::Less | Tag::Equal | Tag::Greater) => Some(v.tag),
        _ => None,
    }
}

/// Whether `value` is of one of the program's own structs or enums, the only types whose
/// std trait impls a program can write.
pub fn is_program_type(value: &Value) -> bool {
    match value {
        Value::Struct(_) => true,
        Value::Variant(v) => matches!(v.tag, Tag::User(..)),
        _ => false,
    }
}

/// The iterator over a value of a program type that implements `Iterator` (or
/// `IntoIterator`, whose `into_iter` is called first), for `for` loops and iterator adapters;
/// `None` when it implements neither.
pub fn iterator_by_impl(env: &mut Env<'_, '_>, value: &Value) -> Result<Option<Value>, Fault> {
    if !is_program_type(value) {
        return Ok(None);
    }
    let program = &env.shared.program;
    if let Some(next) = program.trait_method(value, "Iterator", "next") {
        return Ok(Some(program_iter(value.clone(), next)));
    }
    let Some(into_iter) = program.trait_method(value, "IntoIterator", "into_iter") else {
        return Ok(None);
    };
    let iter = call_sync(env, &Value::Func(into_iter), vec![value.clone()])?;
    match iterator_by_impl(env, &iter)? {
        Some(iter) => Ok(Some(iter)),
        None => super::iter::into_iter(iter).map(Some),
    }
}

/// A std method the program's own type has through one of its trait impls: `to_string`
/// through `Display`, the `Iterator` adapters through `next`. `None` when it has none.
pub fn method_by_impl(
    env: &mut Env<'_, '_>,
    receiver: &Value,
    name: &str,
) -> Result<Option<Value>, Fault> {
    if name == "to_string" {
        if env
            .shared
            .program
            .trait_method(receiver, "Display", "fmt")
            .is_none()
        {
            return Ok(None);
        }
        return display_string(env, receiver).map(|text| Some(Value::string(text)));
    }
    iterator_by_impl(env, receiver)
}

/// What `.await` awaits for a value of a program type that implements `IntoFuture` but not
/// `Future`: the future its `into_future` gives; for a program enum with `impl Future`, a
/// place holding it (see [`enum_future`]). `None` when `.await` polls the value itself.
pub fn into_future_by_impl(env: &mut Env<'_, '_>, value: &Value) -> Result<Option<Value>, Fault> {
    let program = &env.shared.program;
    if program.trait_method(value, "Future", "poll").is_some() {
        return Ok(enum_future(env, value));
    }
    let Some(into_future) = program.trait_method(value, "IntoFuture", "into_future") else {
        return Ok(None);
    };
    call_sync(env, &Value::Func(into_future), vec![value.clone()]).map(Some)
}

/// A program enum that implements `Future`, put in a place of its own that its `poll` gets as
/// `self`: an enum value cannot change in place, and its `poll` moves it on by writing
/// `*self = State::Next { .. }`. `None` for any other value.
pub fn enum_future(env: &Env<'_, '_>, value: &Value) -> Option<Value> {
    let Value::Variant(v) = value else {
        return None;
    };
    let program = &env.shared.program;
    if !matches!(v.tag, Tag::User(..)) || program.trait_method(value, "Future", "poll").is_none() {
        return None;
    }
    Some(super::collections::view(&super::collections::new_slot(
        value.clone(),
    )))
}
