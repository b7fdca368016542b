//! Instructions that only transform values: arithmetic with Rust's overflow checks, field and
//! index access, building compound values, iteration, casts and `?`. It must never suspend,
//! call program code, or panic on any operand.

use std::cell::RefCell;
use std::rc::Rc;

use super::program::{CastTo, Op};
use super::value::{compare, deep_clone, values_equal, StructObj, Tag, Value, VariantObj};
use super::vm::Fault;
use super::Env;
use crate::script::ast::BinOp;
use crate::script::limits::{Limit, Limits};

/// Applies a binary operator.
pub fn binary(op: BinOp, lhs: Value, rhs: Value) -> Result<Value, Fault> {
    match (&lhs, &rhs) {
        (Value::Int(a), Value::Int(b)) => int_binary(op, *a, *b),
        (Value::Float(a), Value::Float(b)) => float_binary(op, *a, *b),
        (Value::Bool(a), Value::Bool(b)) => bool_binary(op, *a, *b),
        (Value::String(s), _) if op == BinOp::Add => {
            let tail = rhs.as_text().ok_or_else(|| mismatch(op, &lhs, &rhs))?;
            let mut text = s.borrow_mut();
            check_len(text.len() + tail.len())?;
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
pub fn int_binary(op: BinOp, a: i64, b: i64) -> Result<Value, Fault> {
    match int_compare(op, a, b) {
        Some(holds) => Ok(Value::Bool(holds)),
        None => int_arith(op, a, b).map(Value::Int),
    }
}

/// A comparison of two integers; `None` when `op` is not a comparison.
#[inline]
pub fn int_compare(op: BinOp, a: i64, b: i64) -> Option<bool> {
    Some(match op {
        BinOp::Eq => a == b,
        BinOp::Ne => a != b,
        BinOp::Lt => a < b,
        BinOp::Le => a <= b,
        BinOp::Gt => a > b,
        BinOp::Ge => a >= b,
        _ => return None,
    })
}

/// Integer arithmetic and bit operators, failing as a debug build of rustc does.
#[inline]
pub fn int_arith(op: BinOp, a: i64, b: i64) -> Result<i64, Fault> {
    int_checked(op, a, b).ok_or_else(|| int_fault(op, a, b))
}

/// The checked result of an integer operator: `None` when it fails. It returns in registers,
/// so the VM's integer fast paths stay cheap.
#[inline]
fn int_checked(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::Div => a.checked_div(b),
        BinOp::Rem => a.checked_rem(b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Shl => a.checked_shl(u32::try_from(b).unwrap_or(64)),
        BinOp::Shr => a.checked_shr(u32::try_from(b).unwrap_or(64)),
        _ => None,
    }
}

/// Why an integer operator failed (see [`int_checked`]).
#[cold]
fn int_fault(op: BinOp, a: i64, b: i64) -> Fault {
    let message = match op {
        BinOp::Add => "attempt to add with overflow",
        BinOp::Sub => "attempt to subtract with overflow",
        BinOp::Mul => "attempt to multiply with overflow",
        BinOp::Div if b == 0 => "attempt to divide by zero",
        BinOp::Div => "attempt to divide with overflow",
        BinOp::Rem if b == 0 => "attempt to calculate the remainder with a divisor of zero",
        BinOp::Rem => "attempt to calculate the remainder with overflow",
        BinOp::Shl => "attempt to shift left with overflow",
        BinOp::Shr => "attempt to shift right with overflow",
        _ => return mismatch(op, &Value::Int(a), &Value::Int(b)),
    };
    message.into()
}

fn float_binary(op: BinOp, a: f64, b: f64) -> Result<Value, Fault> {
    Ok(Value::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => a / b,
        BinOp::Rem => a % b,
        _ => {
            return compare_values(op, &Value::Float(a), &Value::Float(b))?
                .ok_or_else(|| mismatch(op, &Value::Float(a), &Value::Float(b)))
        }
    }))
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

fn op_text(op: BinOp) -> &'static str {
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

/// Fails like rustc's debug build when an integer leaves its declared type's range.
fn check_int(value: &Value, bits: u8, signed: bool, op: BinOp) -> Result<(), Fault> {
    let Value::Int(i) = value else { return Ok(()) };
    let (min, max) = match (bits, signed) {
        (64, false) => (0, i64::MAX),
        (bits, true) => (-(1i64 << (bits - 1)), (1i64 << (bits - 1)) - 1),
        (bits, false) => (0, (1i64 << bits) - 1),
    };
    if (min..=max).contains(i) {
        return Ok(());
    }
    let verb = match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Shl => "shift left",
        _ => "compute",
    };
    Err(format!("attempt to {verb} with overflow").into())
}

/// Fails when a string or vector would grow beyond [`Limits::elements`].
pub fn check_len(len: usize) -> Result<(), Fault> {
    let max = Limits::DEFAULT.elements;
    if len > max {
        return Err(Fault::Limit(
            Limit::Memory,
            format!("value too large: more than {max} elements"),
        ));
    }
    Ok(())
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
            Value::Int(i) => Value::Int(i.checked_neg().ok_or("attempt to negate with overflow")?),
            Value::Float(f) => Value::Float(-f),
            other => return Err(format!("cannot negate a {}", other.type_name()).into()),
        },
        Op::Not => match pop(stack).deref() {
            Value::Bool(b) => Value::Bool(!b),
            Value::Int(i) => Value::Int(!i),
            other => return Err(format!("cannot apply `!` to a {}", other.type_name()).into()),
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
        Op::MakeVec(n) => Value::vec(take(stack, *n as usize)),
        Op::MakeVecRepeat => {
            let count = as_index(&pop(stack))?;
            check_len(count)?;
            let item = pop(stack);
            Value::vec(
                (0..count)
                    .map(|_| deep_clone(&item))
                    .collect::<Result<_, _>>()?,
            )
        }
        Op::MakeStruct(id, n) => {
            let def = env
                .shared
                .program
                .structs
                .get(*id as usize)
                .cloned()
                .ok_or("no such struct")?;
            let fields = take(stack, *n as usize);
            Value::Struct(Rc::new(StructObj {
                def,
                fields: RefCell::new(fields),
            }))
        }
        Op::MakeVariant(tag, n) => {
            let def = match tag {
                Tag::User(e, _) => env.shared.program.enums.get(*e as usize).cloned(),
                _ => None,
            };
            Value::Variant(Rc::new(VariantObj {
                tag: *tag,
                fields: take(stack, *n as usize),
                def,
            }))
        }
        Op::Range(has_start, has_end, inclusive) => {
            let end = if *has_end {
                as_int(&pop(stack))?
            } else {
                i64::MAX
            };
            let start = if *has_start { as_int(&pop(stack))? } else { 0 };
            let end = if *inclusive && *has_end {
                end.saturating_add(1)
            } else {
                end
            };
            Value::Range(start, end)
        }
        Op::IterInit => into_iter(pop(stack))?,
        Op::Format(i) => {
            let template = &env.shared.program.templates[*i as usize];
            let args = take(stack, template.args);
            Value::string(super::format::render(template, &args)?)
        }
        Op::Print(target) => {
            let text = pop(stack).as_text().unwrap_or_default();
            env.shared.print(*target, text);
            return Ok(());
        }
        Op::Panic => return Err(pop(stack).as_text().unwrap_or_default().into()),
        Op::Native(native, argc) => {
            let args = take(stack, *argc as usize);
            super::natives::call(env, *native, args)?
        }
        Op::MethodInPlace(name, argc) => {
            let args = take(stack, *argc as usize);
            let receiver = pop(stack);
            let (new_receiver, result) = super::methods::in_place(
                &env.shared.program.names[*name as usize],
                receiver,
                args,
            )?;
            stack.push(new_receiver);
            result
        }
        Op::Cast(to) => cast(pop(stack).deref(), *to)?,
        Op::CheckInt(bits, signed, op) => {
            let value = pop(stack);
            check_int(&value, *bits, *signed, *op)?;
            value
        }
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
pub fn as_int(value: &Value) -> Result<i64, Fault> {
    match value.deref() {
        Value::Int(i) => Ok(i),
        other => Err(format!("expected an integer, found {}", other.type_name()).into()),
    }
}

/// A non-negative integer usable as an index or count.
pub fn as_index(value: &Value) -> Result<usize, Fault> {
    let i = as_int(value)?;
    usize::try_from(i).map_err(|_| format!("index or count {i} is negative").into())
}

fn cast(value: Value, to: CastTo) -> Result<Value, Fault> {
    let int = match &value {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::Char(c) => *c as i64,
        Value::Float(f) if to == CastTo::Float => return Ok(Value::Float(*f)),
        Value::Float(f) => *f as i64,
        other => return Err(format!("cannot cast a {}", other.type_name()).into()),
    };
    Ok(match to {
        CastTo::Float => Value::Float(int as f64),
        CastTo::Char => Value::Char(char::from(int as u8)),
        CastTo::Int(64, _) => Value::Int(int),
        CastTo::Int(bits, signed) => {
            let shift = 64 - bits as u32;
            Value::Int(if signed {
                (int << shift) >> shift
            } else {
                ((int as u64) << shift >> shift) as i64
            })
        }
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
        Value::Guard(guard) if guard.mutable => set_field(&guard.cell.value.borrow(), name, value),
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
            *guard.cell.value.borrow_mut() = value;
            Ok(())
        }
        Value::Guard(_) => Err("cannot assign through a `Ref`: use `borrow_mut()`".into()),
        _ => Err("assigning through a `&mut` to a plain value is not supported by the playground; use a struct field or Rc<RefCell<..>>".into()),
    }
}

fn index_value(target: &Value, index: &Value) -> Result<Value, Fault> {
    match (target.deref(), index.deref()) {
        (Value::Vec(items), Value::Range(start, end)) => {
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
        (text, Value::Range(start, end)) => {
            let text = text
                .as_text()
                .ok_or("only strings and vectors can be indexed")?;
            let range = slice_range(start, end, text.len())?;
            let slice = text.get(range).ok_or("byte index is not a char boundary")?;
            Ok(Value::Str(slice.into()))
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

/// What `for` iterates over.
pub fn into_iter(value: Value) -> Result<Value, Fault> {
    Ok(match value.deref() {
        Value::Range(start, end) => Value::Range(start, end),
        Value::Vec(items) => iter_of(items.borrow().clone()),
        Value::Iter(iter) => Value::Iter(iter),
        Value::Variant(v) if v.tag == Tag::Some => iter_of(v.fields.clone()),
        Value::Variant(v) if v.tag == Tag::None => iter_of(Vec::new()),
        other => return Err(format!("cannot iterate over a {}", other.type_name()).into()),
    })
}

/// An iterator over `items`.
pub fn iter_of(items: Vec<Value>) -> Value {
    Value::Iter(Rc::new(RefCell::new(items.into_iter())))
}

/// The next item of the iterator in `slot`, advancing it.
pub fn iter_next(slot: &mut Value) -> Result<Option<Value>, Fault> {
    match slot {
        Value::Range(start, end) => {
            if *start >= *end {
                return Ok(None);
            }
            let item = *start;
            *start += 1;
            Ok(Some(Value::Int(item)))
        }
        Value::Iter(iter) => Ok(iter.borrow_mut().next()),
        other => Err(format!("cannot iterate over a {}", other.type_name()).into()),
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
