//! `std::mem::{replace, take, swap}` through references held in variables, and the default
//! value of a value's type, which `mem::take` and `Cell::take` leave behind. A value is a
//! shared handle, so writing through a reference changes what the handle holds, in place. It
//! must never write through a `Ref` (only a `RefMut` is mutable), and never guess a default
//! for a type it does not know.

use std::rc::Rc;

use super::number::Int;
use super::program::MemOp;
use super::value::{StructObj, Tag, Value, VariantObj};
use super::vm::Fault;

/// `Default::default()` of the type of `value`.
pub fn default_like(value: &Value) -> Result<Value, Fault> {
    Ok(match value {
        Value::Unit => Value::Unit,
        Value::Bool(_) => Value::Bool(false),
        Value::Int(_, ty) => Value::Int(0, *ty),
        Value::Wide(int) => Value::int(Int::new(0, int.ty)),
        Value::Float(_, ty) => Value::Float(0.0, *ty),
        Value::Char(_) => Value::Char('\0'),
        Value::Str(_) => Value::Str("".into()),
        Value::String(_) => Value::string(String::new()),
        Value::Vec(_) => Value::vec(Vec::new()),
        Value::Duration(_) => Value::Duration(0),
        Value::Tuple(items) => Value::Tuple(
            items
                .iter()
                .map(default_like)
                .collect::<Result<Vec<_>, _>>()?
                .into(),
        ),
        Value::Variant(v) if matches!(v.tag, Tag::Some | Tag::None) => Value::option(None),
        Value::RefCell(cell) => Value::ref_cell(default_like(&cell.value.borrow())?),
        Value::Rc(inner) => Value::Rc(Rc::new(default_like(inner)?)),
        other => {
            let Some(default) = derived_default(other) else {
                return Err(format!(
                    "the playground does not know the default value of this {}",
                    other.type_name()
                )
                .into());
            };
            default
        }
    })
}

/// The `#[default]` variant of the program enum `value` belongs to, if it derives `Default`.
fn derived_default(value: &Value) -> Option<Value> {
    let Value::Variant(v) = value else {
        return None;
    };
    let (Tag::User(enum_id, _), Some(def)) = (v.tag, &v.def) else {
        return None;
    };
    Some(Value::Variant(Rc::new(VariantObj {
        tag: Tag::User(enum_id, def.derived_default?),
        fields: Vec::new(),
        def: Some(Rc::clone(def)),
    })))
}

/// `mem::replace`, `mem::take` or `mem::swap` on references that are values (`v: &mut Vec<T>`).
pub fn write_through(op: MemOp, args: Vec<Value>) -> Result<Value, Fault> {
    let mut args = args.into_iter();
    let mut arg = || args.next().unwrap_or(Value::Unit);
    match op {
        MemOp::Replace => {
            let (dest, value) = (arg(), arg());
            replace(&dest, value)
        }
        MemOp::Take => {
            let dest = arg();
            let value = default_like(&dest.deref())?;
            replace(&dest, value)
        }
        MemOp::Swap => {
            let (a, b) = (arg(), arg());
            let from_b = replace(&b, Value::Unit)?;
            let from_a = replace(&a, from_b)?;
            replace(&b, from_a)?;
            Ok(Value::Unit)
        }
    }
}

/// Puts `value` where `dest` refers and gives back what was there.
fn replace(dest: &Value, value: Value) -> Result<Value, Fault> {
    match dest {
        Value::Guard(guard) if guard.mutable => Ok(guard.replace(value)),
        Value::Vec(items) => {
            let new = match value {
                Value::Vec(new) => std::mem::take(&mut *new.borrow_mut()),
                Value::Unit => Vec::new(),
                other => return Err(mismatch(dest, &other)),
            };
            Ok(Value::vec(std::mem::replace(&mut *items.borrow_mut(), new)))
        }
        Value::String(text) => {
            let new = match value {
                Value::Unit => String::new(),
                other => other.as_text().ok_or_else(|| mismatch(dest, &other))?,
            };
            Ok(Value::string(std::mem::replace(
                &mut *text.borrow_mut(),
                new,
            )))
        }
        Value::Struct(obj) => {
            let new = match value {
                Value::Struct(new) if Rc::ptr_eq(&new.def, &obj.def) => {
                    std::mem::take(&mut *new.fields.borrow_mut())
                }
                Value::Unit => Vec::new(),
                other => return Err(mismatch(dest, &other)),
            };
            let old = std::mem::replace(&mut *obj.fields.borrow_mut(), new);
            Ok(StructObj::value(Rc::clone(&obj.def), old))
        }
        other => Err(format!(
            "the playground cannot write through a reference to a {}: write `&mut place`",
            other.type_name()
        )
        .into()),
    }
}

fn mismatch(dest: &Value, value: &Value) -> Fault {
    format!(
        "cannot put a {} where a {} is",
        value.type_name(),
        dest.type_name()
    )
    .into()
}
