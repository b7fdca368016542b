//! std's atomics (`AtomicBool`, `AtomicUsize`, ...) and futures' `AtomicWaker`, with the
//! meaning they have on the playground's one thread: cells whose every access happens in
//! program order, so the memory orderings a program passes change nothing. It must never
//! treat a `RefCell`'s own methods as an atomic's: the names it takes are ones `RefCell` lacks.

use super::number::IntType;
use super::teardown::release;
use super::value::{CellObj, Value};
use super::vm::{cell_contents, Fault};
use super::Env;

/// The integer type an atomic's name holds (`AtomicU8` holds `u8`); `None` for `AtomicBool`
/// and names that are no atomic.
pub fn int_type(atomic: &str) -> Option<IntType> {
    IntType::from_name(&atomic.strip_prefix("Atomic")?.to_lowercase())
}

/// Whether `atomic` names one of std's atomic types.
pub fn is_atomic_type(atomic: &str) -> bool {
    atomic == "AtomicBool" || int_type(atomic).is_some()
}

/// `AtomicX::new(value)`: a cell holding `value`, an integer given the atomic's type so that
/// `fetch_add` wraps at its width.
pub fn new(ty: Option<IntType>, value: Value) -> Result<Value, Fault> {
    let value = match (ty, value.as_int()) {
        (Some(ty), Some(int)) => Value::int(int.retype(ty)?),
        (_, _) => value,
    };
    Ok(Value::ref_cell(value))
}

/// `AtomicWaker::new()`: a cell holding the registered waker, if any.
pub fn new_atomic_waker() -> Value {
    Value::ref_cell(Value::option(None))
}

/// Whether `name` is a method of an atomic or an `AtomicWaker` (and not one of `RefCell`'s).
pub fn is_atomic_method(name: &str) -> bool {
    matches!(
        name,
        "load" | "store" | "swap" | "fetch_add" | "fetch_sub" | "register" | "wake"
    )
}

/// The methods of an atomic (`load`, `store`, `swap`, `fetch_add`, `fetch_sub`; orderings
/// ignored) and of an `AtomicWaker` (`register`, `wake`; its `take` is the cell's).
pub fn method(
    env: &mut Env<'_, '_>,
    cell: &CellObj,
    name: &str,
    args: &[Value],
) -> Result<Option<Value>, Fault> {
    let arg = args.first().cloned().unwrap_or(Value::Unit);
    let new = match name {
        "load" => return Ok(Some(cell_contents(&cell.value.borrow())?)),
        "wake" => return wake(env, cell).map(|()| Some(Value::Unit)),
        "register" => match arg {
            Value::Waker(waker) => Value::option(Some(Value::Waker(waker))),
            other => {
                let found = other.type_name();
                return Err(format!("`register` needs a waker, found {found}").into());
            }
        },
        "fetch_add" | "fetch_sub" => {
            let current = cell_contents(&cell.value.borrow())?;
            wrapping(name, &current, &arg)?
        }
        // `RefCell::swap` and `Cell::swap` take another cell: not an atomic's `swap`.
        "swap" if matches!(arg, Value::RefCell(_)) => return Ok(None),
        "store" | "swap" => arg,
        _ => return Ok(None),
    };
    let old = std::mem::replace(&mut *cell.value.borrow_mut(), new);
    if name == "store" || name == "register" {
        release(vec![old]);
        return Ok(Some(Value::Unit));
    }
    Ok(Some(old))
}

/// `current ± operand`, wrapping at the atomic's width as `fetch_add` and `fetch_sub` do.
fn wrapping(name: &str, current: &Value, operand: &Value) -> Result<Value, Fault> {
    let (Some(a), Some(b)) = (current.as_int(), operand.as_int()) else {
        return Err(format!("`{name}` needs an integer atomic").into());
    };
    let raw = if name == "fetch_add" {
        a.value.wrapping_add(b.value)
    } else {
        a.value.wrapping_sub(b.value)
    };
    Ok(Value::int(a.ty.unify(b.ty).wrap(raw)))
}

/// `AtomicWaker::wake`: takes the registered waker, if any, and wakes it.
fn wake(env: &mut Env<'_, '_>, cell: &CellObj) -> Result<(), Fault> {
    let registered = std::mem::replace(&mut *cell.value.borrow_mut(), Value::option(None));
    let waker = registered
        .as_variant()
        .and_then(|v| v.fields.first().cloned());
    if let Some(Value::Waker(waker)) = waker {
        waker.wake();
        super::waker::run_wakes(env)?;
    }
    Ok(())
}
