//! The memory budget: the bytes live on the heap, as counted by the [`CountingAllocator`] that
//! the playground's binaries install, held to [`Limits::memory`]. A request that alone would
//! pass the budget is refused before it is made, and the live count is checked whenever steps
//! are counted, so that values grown a little at a time (nested vectors, a string doubled again
//! and again, `Rc` cycles) stop at the budget too. It must never allocate, and never refuse
//! anything but a request past the budget.

use std::sync::OnceLock;

use super::value::Value;
use super::vm::Fault;
use crate::script::limits::{Limit, Limits};

/// The global allocator of the playground's binaries: the system allocator, counting the bytes
/// it has handed out and not yet taken back.
pub type CountingAllocator = cap::Cap<std::alloc::System>;

/// A [`CountingAllocator`] with no limit of its own (the interpreter's checks are the limit),
/// for `#[global_allocator] static ALLOCATOR: CountingAllocator = counting_allocator();`.
pub const fn counting_allocator() -> CountingAllocator {
    cap::Cap::new(std::alloc::System, usize::MAX)
}

static MEASURE: OnceLock<&'static CountingAllocator> = OnceLock::new();

/// Measures the heap with `allocator`, the one the binary installed as its global allocator.
/// Without it (in tests that run the interpreter in-process) only single requests past the
/// budget are refused.
pub fn measure_with(allocator: &'static CountingAllocator) {
    // A second call names the same allocator: the first one stays.
    let _ = MEASURE.set(allocator);
}

/// The bytes live on the heap, or 0 when nothing measures it.
fn live_bytes() -> usize {
    MEASURE.get().map_or(0, |allocator| allocator.allocated())
}

/// Fails with the memory limit when `bytes` more would take the heap past the budget.
pub fn reserve(bytes: usize) -> Result<(), Fault> {
    let max = Limits::DEFAULT.memory;
    if live_bytes().saturating_add(bytes) > max {
        return Err(Fault::Limit(
            Limit::Memory,
            format!(
                "the program's values would take more than {} MiB of memory",
                max >> 20
            ),
        ));
    }
    Ok(())
}

/// [`reserve`] for `count` values of a vector.
pub fn reserve_values(count: usize) -> Result<(), Fault> {
    reserve(count.saturating_mul(std::mem::size_of::<Value>()))
}

/// [`reserve`] for `copies` copies of each of `values` (as `clone()` copies: owned data all the
/// way down), before they are made: a copy made a little at a time would pass the budget before
/// the next check sees it.
pub fn reserve_copies<'v>(
    values: impl IntoIterator<Item = &'v Value>,
    copies: usize,
) -> Result<(), Fault> {
    let budget = Limits::DEFAULT.memory;
    let per_copy = budget / copies.max(1);
    let mut bytes = 0usize;
    // Walked with a work list, not recursion, and only until the copies are known to be too
    // large, so that measuring costs no more than copying would. The list holds only what
    // lies inside the values: measuring plain values allocates nothing.
    let mut work: Vec<Value> = Vec::new();
    let mut measure = |value: &Value, work: &mut Vec<Value>| {
        bytes = bytes.saturating_add(std::mem::size_of::<Value>());
        match value {
            Value::String(text) => bytes = bytes.saturating_add(text.borrow().len()),
            Value::Vec(items) => work.extend(items.borrow().iter().cloned()),
            Value::Tuple(items) => work.extend(items.iter().cloned()),
            Value::Struct(obj) => work.extend(obj.fields.borrow().iter().cloned()),
            Value::Variant(v) => work.extend(v.fields.iter().cloned()),
            Value::RefCell(cell) => work.push(cell.value.borrow().clone()),
            Value::Map(map) => work.extend(super::collections::map_children(map)),
            // Everything else is shared, not copied, or small.
            _ => {}
        }
        bytes > per_copy
    };
    let mut too_large = false;
    for value in values {
        too_large = measure(value, &mut work);
        if too_large {
            break;
        }
    }
    while let (false, Some(value)) = (too_large, work.pop()) {
        too_large = measure(&value, &mut work);
    }
    reserve(bytes.saturating_mul(copies))
}
