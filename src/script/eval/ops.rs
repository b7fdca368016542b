//! Instructions that only transform values: arithmetic with Rust's overflow checks, field and
//! index access, building compound values, iteration, casts and `?`. It must never suspend,
//! call program code, or panic on any operand.

use std::rc::Rc;

use super::number::{float_to_int, int_to_float, FloatType, Int, IntType};
use super::program::{CastTo, NumType, Op};
use super::value::{compare, deep_clone, values_equal, StructObj, Tag, Value, VariantObj};
use super::vm::Fault;
use super::Env;
use crate::script::ast::BinOp;

/// Applies a binary operator.
pub fn binary(op: BinOp, lhs: Value, rhs: Value) -> Result<Value, Fault> {
    if let (Some(a), Some(b)) = (lhs.as_int(), rhs.as_int()) {
        return int_binary(op, a, b);
    }
    match (&lhs, &rhs) {
        (Value::Float(a, ta), Value::Float(b, tb)) => float_binary(op, *a, *b, ta.unify(*tb)),
        (Value::Bool(a), Value::Bool(b)) => bool_binary(op, *a, *b),
        (Value::String(s), _) if op == BinOp::Add => {
            let tail = rhs.as_text().ok_or_else(|| mismatch(op, &lhs, &rhs))?;
            let mut text = s.borrow_mut();
            super::memory::reserve(text.len() + tail.len())?;
            text.push_str(&tail);
            drop(text);
            Ok(lhs)
        }
        (Value::Rc(_) | Value::Guard(_), _) | (_, Value::Rc(_) | Value::Guard(_)) => {
            binary(op, lhs.deref(), rhs.deref())
        }
        _ => compare_values(op, &lhs, &rhs)?.ok_or_else(|| mismatch(op, &lhs, &rhs)),
    }
}

/// The value of a condition, which must be a bool.
pub fn truth(value: Value) -> Result<bool, Fault> {
    match value {
        Value::Bool(b) => Ok(b),
        other => Err(format!("expected a bool condition, found {}", other.type_name()).into()),
    }
}

fn mismatch(op: BinOp, lhs: &Value, rhs: &Value) -> Fault {
    format!(
        "cannot apply `{}` to {} and {}",
        op_text(op),
        lhs.type_name(),
        rhs.type_name()
    )
    .into()
}

/// A comparison operator on two values; `None` when `op` is none or they are not comparable.
fn compare_values(op: BinOp, lhs: &Value, rhs: &Value) -> Result<Option<Value>, Fault> {
    let order = || compare(lhs, rhs);
    let result = match op {
        BinOp::Eq => Some(values_equal(lhs, rhs)?),
        BinOp::Ne => Some(!values_equal(lhs, rhs)?),
        BinOp::Lt => order()?.map(|o| o.is_lt()),
        BinOp::Le => order()?.map(|o| o.is_le()),
        BinOp::Gt => order()?.map(|o| o.is_gt()),
        BinOp::Ge => order()?.map(|o| o.is_ge()),
        _ => None,
    };
    Ok(result.map(Value::Bool))
}

/// A binary operator on two integers.
#[inline]
pub fn int_binary(op: BinOp, a: Int, b: Int) -> Result<Value, Fault> {
    match int_compare(op, a, b) {
        Some(holds) => Ok(Value::Bool(holds)),
        None => a.binary(op, b).map(Value::int),
    }
}

/// A comparison of two integers; `None` when `op` is not a comparison.
#[inline]
pub fn int_compare(op: BinOp, a: Int, b: Int) -> Option<bool> {
    let order = || a.cmp_value(b);
    Some(match op {
        BinOp::Eq => order().is_eq(),
        BinOp::Ne => order().is_ne(),
        BinOp::Lt => order().is_lt(),
        BinOp::Le => order().is_le(),
        BinOp::Gt => order().is_gt(),
        BinOp::Ge => order().is_ge(),
        _ => return None,
    })
}

fn float_binary(op: BinOp, a: f64, b: f64, ty: FloatType) -> Result<Value, Fault> {
    // An unsuffixed literal meeting an `f32` is an `f32`: `0.1f32 + 0.2f32 == 0.3`.
    let (a, b) = (ty.round(a), ty.round(b));
    let value = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => a / b,
        BinOp::Rem => a % b,
        _ => {
            let (a, b) = (Value::Float(a, ty), Value::Float(b, ty));
            return compare_values(op, &a, &b)?.ok_or_else(|| mismatch(op, &a, &b));
        }
    };
    Ok(Value::Float(ty.round(value), ty))
}

fn bool_binary(op: BinOp, a: bool, b: bool) -> Result<Value, Fault> {
    Ok(Value::Bool(match op {
        BinOp::BitAnd | BinOp::And => a & b,
        BinOp::BitOr | BinOp::Or => a | b,
        BinOp::BitXor | BinOp::Ne => a ^ b,
        BinOp::Eq => a == b,
        _ => {
            return compare_values(op, &Value::Bool(a), &Value::Bool(b))?
                .ok_or_else(|| mismatch(op, &Value::Bool(a), &Value::Bool(b)))
        }
    }))
}

/// How an operator is written in the source.
pub(crate) fn op_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Rem => "%",
        BinOp::And => "&&",
        BinOp::Or => "||",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
    }
}

/// Executes the instructions that only shuffle and build values.
pub fn data_op(op: &Op, stack: &mut Vec<Value>, env: &mut Env<'_, '_>) -> Result<(), Fault> {
    let pop = |stack: &mut Vec<Value>| stack.pop().unwrap_or(Value::Unit);
    let value = match op {
        Op::Dup => stack.last().cloned().unwrap_or(Value::Unit),
        Op::Dup2 => {
            let n = stack.len();
            let pair = stack
                .get(n.saturating_sub(2)..)
                .map(<[Value]>::to_vec)
                .unwrap_or_default();
            stack.extend(pair);
            return Ok(());
        }
        Op::Sink(n) => {
            let top = pop(stack);
            let at = stack.len().saturating_sub(*n as usize);
            stack.insert(at, top);
            return Ok(());
        }
        Op::Neg => match pop(stack).deref() {
            Value::Float(f, ty) => Value::Float(-f, ty),
            other => match other.as_int() {
                Some(int) => Value::int(int.neg()?),
                None => return Err(format!("cannot negate a {}", other.type_name()).into()),
            },
        },
        Op::Not => match pop(stack).deref() {
            Value::Bool(b) => Value::Bool(!b),
            other => match other.as_int() {
                Some(int) => Value::int(int.not()),
                None => return Err(format!("cannot apply `!` to a {}", other.type_name()).into()),
            },
        },
        Op::Deref => pop(stack).deref(),
        Op::SetDeref => {
            let value = pop(stack);
            return set_deref(pop(stack), value);
        }
        Op::GetField(name) => get_field(&pop(stack), &env.shared.program.names[*name as usize])?,
        Op::SetField(name) => {
            let value = pop(stack);
            let target = pop(stack);
            return set_field(&target, &env.shared.program.names[*name as usize], value);
        }
        Op::TupleIndex(i) => get_field(&pop(stack), &i.to_string())?,
        Op::Index => {
            let index = pop(stack);
            index_value(&pop(stack), &index)?
        }
        Op::SetIndex => {
            let value = pop(stack);
            let index = pop(stack);
            return set_index(&pop(stack), &index, value);
        }
        Op::MakeTuple(n) => Value::Tuple(take(stack, *n as usize).into()),
        Op::MakeVec(n) => Value::vec(unify_numbers(take(stack, *n as usize))?),
        Op::MakeVecRepeat => {
            let count = as_index(&pop(stack))?;
            let item = pop(stack);
            super::memory::reserve_copies([&item], count)?;
            Value::vec(
                (0..count)
                    .map(|_| deep_clone(&item))
                    .collect::<Result<_, _>>()?,
            )
        }
        Op::MakeStruct(id, n) => make_struct(env, *id, take(stack, *n as usize))?,
        Op::MakeVariant(tag, n) => make_variant(env, *tag, take(stack, *n as usize)),
        Op::Range(has_start, has_end, inclusive) => {
            let end = if *has_end {
                Some(as_int(&pop(stack))?)
            } else {
                None
            };
            let start = if *has_start {
                Some(as_int(&pop(stack))?)
            } else {
                None
            };
            range(start, end, *inclusive)?
        }
        Op::IterInit(mutably) => {
            let value = pop(stack);
            match super::traits::iterator_by_impl(env, &value)? {
                Some(iter) => iter,
                None if *mutably => super::iter::into_iter_mut(value)?,
                None => super::iter::into_iter(value)?,
            }
        }
        Op::Format(i) => {
            let template = &env.shared.program.templates[*i as usize];
            // Rendered where the arguments lie on the stack, then dropped in order as a
            // taken vector of them would be.
            let at = stack.len().saturating_sub(template.args);
            let args = &stack[at..];
            super::memory::reserve_copies(args, 1)?;
            let text = super::traits::render(env, template, args)?;
            stack.truncate(at);
            Value::string(text)
        }
        Op::Print(target) => {
            let text = pop(stack).as_text().unwrap_or_default();
            env.shared.print(*target, text);
            return Ok(());
        }
        Op::Panic => return Err(pop(stack).as_text().unwrap_or_default().into()),
        Op::MethodInPlace(name, argc) => {
            let args = take(stack, *argc as usize);
            let receiver = pop(stack);
            if let Value::AsyncStream(_) = receiver {
                // A stream's `take(n)` is `StreamExt::take`, which leaves the place as it is.
                stack.push(receiver.clone());
                let value = super::methods::call(env, receiver, *name, args)?;
                stack.push(value);
                return Ok(());
            }
            let (new_receiver, result) = super::methods::in_place(
                &env.shared.program.names[*name as usize],
                receiver,
                args,
            )?;
            stack.push(new_receiver);
            result
        }
        Op::Cast(to) => cast(pop(stack).deref(), *to)?,
        Op::Annotate(ty) => annotate(pop(stack), *ty)?,
        _ => return Err("internal: a control instruction reached the data instructions".into()),
    };
    stack.push(value);
    Ok(())
}

fn take(stack: &mut Vec<Value>, n: usize) -> Vec<Value> {
    let at = stack.len().saturating_sub(n);
    stack.split_off(at)
}

/// The integer in a value.
pub fn as_int(value: &Value) -> Result<Int, Fault> {
    let value = value.deref();
    Ok(value
        .as_int()
        .ok_or_else(|| format!("expected an integer, found {}", value.type_name()))?)
}

/// A `u8` value.
pub fn byte(b: u8) -> Value {
    Value::Int(i64::from(b), IntType::U8)
}

/// The byte in a value: a `u8` (or an unsuffixed literal in its range).
pub fn as_byte(value: &Value) -> Result<u8, Fault> {
    let int = as_int(value)?;
    Ok(u8::try_from(int.value).map_err(|_| format!("expected a byte, found {int}"))?)
}

/// A non-negative integer usable as an index or count.
pub fn as_index(value: &Value) -> Result<usize, Fault> {
    let int = as_int(value)?;
    Ok(usize::try_from(int.value).map_err(|_| format!("index or count {int} is out of range"))?)
}

/// `start..end` (or `..=`): a lazy range of the bounds' type. Bounds that an `i64` holds make
/// a `Value::Range`, which a `for` loop advances in place; wider ones (`0..u64::MAX`) a lazy
/// iterator.
fn range(start: Option<Int>, end: Option<Int>, inclusive: bool) -> Result<Value, Fault> {
    let ty = match (start, end) {
        (Some(s), Some(e)) => s.ty.unify(e.ty),
        (Some(bound), None) | (None, Some(bound)) => bound.ty,
        (None, None) => IntType::Usize,
    };
    let front = start.map_or(0, |int| int.value);
    let back = match end {
        Some(end) if inclusive => end.value.saturating_add(1),
        Some(end) => end.value,
        // Slicing reads this end as "to the end".
        None => i128::from(i64::MAX),
    };
    match (i64::try_from(front), i64::try_from(back)) {
        (Ok(front), Ok(back)) => Ok(Value::Range(front, back, ty)),
        _ => Ok(super::iter::wide_range(front, back, ty)),
    }
}

/// The items of a list literal, their numbers unified as rustc infers them: unsuffixed
/// literals take the type of the first typed number (`[1.0f32, 1e7]` holds two `f32`s).
fn unify_numbers(mut items: Vec<Value>) -> Result<Vec<Value>, Fault> {
    let typed = items.iter().find_map(|item| match item {
        Value::Int(_, ty) if *ty != IntType::Infer => Some(NumType::Int(*ty)),
        Value::Wide(int) => Some(NumType::Int(int.ty)),
        Value::Float(_, ty) if *ty != FloatType::Infer => Some(NumType::Float(*ty)),
        _ => None,
    });
    let Some(ty) = typed else {
        return Ok(items);
    };
    for item in &mut items {
        if matches!(
            item,
            Value::Int(_, IntType::Infer) | Value::Float(_, FloatType::Infer)
        ) {
            *item = annotate(std::mem::replace(item, Value::Unit), ty)?;
        }
    }
    Ok(items)
}

/// A value given its declared numeric type (a `let` annotation, a parameter, a field, a return
/// type): an unsuffixed literal takes it; an integer that does not fit fails as overflow.
pub fn annotate(value: Value, ty: NumType) -> Result<Value, Fault> {
    Ok(match (value, ty) {
        (Value::Float(f, _), NumType::Float(ty)) => Value::Float(ty.round(f), ty),
        (value, NumType::Int(ty)) => match value.as_int() {
            Some(int) => Value::int(int.retype(ty)?),
            None => value,
        },
        (value, _) => value,
    })
}

fn cast(value: Value, to: CastTo) -> Result<Value, Fault> {
    let int = match &value {
        Value::Bool(b) => Int::new(i128::from(*b), IntType::U8),
        Value::Char(c) => Int::new(i128::from(u32::from(*c)), IntType::U32),
        Value::Float(f, _) => {
            return Ok(match to {
                CastTo::Float(ty) => Value::Float(ty.round(*f), ty),
                CastTo::Int(ty) => Value::int(float_to_int(*f, ty)),
                CastTo::Char => return Err("only `u8` can be cast as `char`, not a float".into()),
            })
        }
        other => other
            .as_int()
            .ok_or_else(|| format!("cannot cast a {}", other.type_name()))?,
    };
    Ok(match to {
        CastTo::Float(ty) => Value::Float(int_to_float(int, ty), ty),
        CastTo::Char => Value::Char(char::from(IntType::U8.wrap(int.value).value as u8)),
        CastTo::Int(ty) => Value::int(ty.wrap(int.value)),
    })
}

/// Reads a field of a struct (or an element of a tuple or tuple struct).
pub fn get_field(target: &Value, name: &str) -> Result<Value, Fault> {
    match target {
        Value::Struct(obj) => {
            let index = obj.def.fields.iter().position(|f| f == name);
            let fields = obj.fields.borrow();
            index
                .and_then(|i| fields.get(i))
                .cloned()
                .ok_or_else(|| format!("no field `{name}` on type `{}`", obj.def.name).into())
        }
        Value::Tuple(items) => name
            .parse::<usize>()
            .ok()
            .and_then(|i| items.get(i))
            .cloned()
            .ok_or_else(|| format!("no field `{name}` on a tuple").into()),
        Value::Rc(_) | Value::Guard(_) => get_field(&target.deref(), name),
        other => Err(format!("no field `{name}` on a {}", other.type_name()).into()),
    }
}

fn set_field(target: &Value, name: &str, value: Value) -> Result<(), Fault> {
    match target {
        Value::Struct(obj) => {
            let index = obj
                .def
                .fields
                .iter()
                .position(|f| f == name)
                .ok_or_else(|| format!("no field `{name}` on type `{}`", obj.def.name))?;
            obj.fields.borrow_mut()[index] = value;
            Ok(())
        }
        Value::Guard(guard) if guard.mutable => set_field(&guard.get(), name, value),
        Value::Rc(_) | Value::Guard(_) => {
            Err(format!("cannot assign to field `{name}` behind a shared reference").into())
        }
        Value::Tuple(_) => {
            Err("assigning to a tuple element is not supported by the playground".into())
        }
        other => Err(format!("no field `{name}` on a {}", other.type_name()).into()),
    }
}

fn set_deref(target: Value, value: Value) -> Result<(), Fault> {
    match target {
        Value::Guard(guard) if guard.mutable => {
            guard.replace(value);
            Ok(())
        }
        Value::Guard(_) => Err("cannot assign through a `Ref`: use `borrow_mut()`".into()),
        _ => Err("assigning through a `&mut` to a plain value is not supported by the playground; use a struct field or Rc<RefCell<..>>".into()),
    }
}

fn index_value(target: &Value, index: &Value) -> Result<Value, Fault> {
    match (target.deref(), index.deref()) {
        (Value::Vec(items), Value::Range(start, end, _)) => {
            let items = items.borrow();
            let range = slice_range(start, end, items.len())?;
            Ok(Value::vec(items[range].to_vec()))
        }
        (Value::Vec(items), index) => {
            let i = as_index(&index)?;
            let items = items.borrow();
            items.get(i).cloned().ok_or_else(|| {
                format!(
                    "index out of bounds: the len is {} but the index is {i}",
                    items.len()
                )
                .into()
            })
        }
        (text, Value::Range(start, end, _)) => {
            let text = text
                .as_text()
                .ok_or("only strings and vectors can be indexed")?;
            let range = slice_range(start, end, text.len())?;
            let slice = text.get(range).ok_or("byte index is not a char boundary")?;
            Ok(Value::Str(slice.into()))
        }
        (Value::Map(map), key) if !map.kind.is_set() => {
            super::collections::index(&map, &key).ok_or_else(|| "no entry found for key".into())
        }
        (other, _) => Err(format!("cannot index into a {}", other.type_name()).into()),
    }
}

fn slice_range(start: i64, end: i64, len: usize) -> Result<std::ops::Range<usize>, Fault> {
    let start = usize::try_from(start).map_err(|_| "negative slice index")?;
    let end = if end == i64::MAX {
        len
    } else {
        usize::try_from(end).map_err(|_| "negative slice index")?
    };
    if start > end || end > len {
        return Err(format!("range {start}..{end} out of range for length {len}").into());
    }
    Ok(start..end)
}

fn set_index(target: &Value, index: &Value, value: Value) -> Result<(), Fault> {
    match target.deref() {
        Value::Vec(items) => {
            let i = as_index(index)?;
            let mut items = items.borrow_mut();
            let len = items.len();
            let slot = items.get_mut(i).ok_or_else(|| {
                format!("index out of bounds: the len is {len} but the index is {i}")
            })?;
            *slot = value;
            Ok(())
        }
        other => Err(format!("cannot assign into a {} by index", other.type_name()).into()),
    }
}

/// `?`: replaces the top value by its success payload, or returns the failure to propagate.
pub fn try_unwrap(stack: &mut Vec<Value>) -> Result<Option<Value>, Fault> {
    let value = stack.pop().unwrap_or(Value::Unit);
    let variant = value
        .as_variant()
        .ok_or("`?` needs an Option or a Result")?;
    match variant.tag {
        Tag::Some | Tag::Ok => {
            stack.push(variant.fields.first().cloned().unwrap_or(Value::Unit));
            Ok(None)
        }
        Tag::None | Tag::Err => Ok(Some(value)),
        _ => Err("`?` needs an Option or a Result".into()),
    }
}

/// A value of the program's struct `id` with `fields` in declaration order.
pub fn make_struct(env: &Env<'_, '_>, id: u32, fields: Vec<Value>) -> Result<Value, Fault> {
    let def = (env.shared.program.structs.get(id as usize).cloned()).ok_or("no such struct")?;
    Ok(StructObj::value(def, fields))
}

/// A value of variant `tag` with `fields` in declaration order.
pub fn make_variant(env: &Env<'_, '_>, tag: Tag, fields: Vec<Value>) -> Value {
    let def = match tag {
        Tag::User(e, _) => env.shared.program.enums.get(e as usize).cloned(),
        _ => None,
    };
    Value::Variant(Rc::new(VariantObj { tag, fields, def }))
}
