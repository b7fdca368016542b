//! The bound on the interpreter's own recursion in Rust. Lowering a program, walking a value to
//! clone, compare or format it, and polling a future that awaits another all recurse natively,
//! as deep as the program's text or data is nested; on a hostile program that would overflow
//! the thread's stack, which aborts the whole page or command. Every such recursive function
//! holds a [`StackGuard`], which measures how far the stack has grown since the outermost guard
//! of the thread (the distance between the addresses of two locals: no unsafe code and no
//! platform call, so it works the same natively and on wasm32) and refuses a step past
//! [`Limits::native_stack`] with [`TooDeep`], which the caller reports as a located error. It
//! must never be left out of a function that recurses on what a program controls.

use std::cell::Cell;
use std::fmt;

use super::limits::Limits;

thread_local! {
    /// The stack address of the thread's outermost live guard, if any.
    static OUTERMOST: Cell<Option<usize>> = const { Cell::new(None) };
    /// How far this thread's interpreter recursion may grow the stack: [`Limits::native_stack`]
    /// unless the host gave the thread less room (see [`set_budget`]).
    static BUDGET: Cell<usize> = const { Cell::new(Limits::DEFAULT.native_stack) };
}

/// Sets how many bytes of this thread's stack the interpreter's recursion may use, for a host
/// that could not give the thread twice [`Limits::native_stack`] (a process whose address
/// space is capped): half its stack keeps the host's own frames beside it.
pub fn set_budget(bytes: usize) {
    BUDGET.with(|budget| budget.set(bytes));
}

/// How many bytes of this thread's stack the interpreter's recursion may use.
pub fn budget() -> usize {
    BUDGET.with(Cell::get)
}

/// Proof that one more level of native recursion fits the budget; hold it for the level's
/// duration. The first guard of a thread records where the interpreter's stack use begins.
#[must_use = "the guard only counts while it is held"]
pub struct StackGuard {
    outermost: bool,
}

/// Native recursion went past [`Limits::native_stack`]: the program's text or data is nested
/// deeper than the playground follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooDeep;

impl fmt::Display for TooDeep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("nested too deeply for the playground to follow")
    }
}

impl StackGuard {
    /// Enters one level of recursion, or refuses when the stack has grown past the budget.
    pub fn enter() -> Result<StackGuard, TooDeep> {
        StackGuard::enter_within(budget())
    }

    /// Enters one level of recursion, or refuses when the stack has grown past `budget` bytes:
    /// a level that recurses through others checks a smaller budget than they do, so that it
    /// is the one refused when it is what recursed.
    pub fn enter_within(budget: usize) -> Result<StackGuard, TooDeep> {
        let here = stack_address();
        OUTERMOST.with(|outermost| match outermost.get() {
            None => {
                outermost.set(Some(here));
                Ok(StackGuard { outermost: true })
            }
            // Stacks grow down on every target the playground runs on; the distance is taken
            // either way so that a guard can never wrap around.
            Some(start) if start.abs_diff(here) > budget => Err(TooDeep),
            Some(_) => Ok(StackGuard { outermost: false }),
        })
    }
}

impl Drop for StackGuard {
    fn drop(&mut self) {
        if self.outermost {
            OUTERMOST.with(|outermost| outermost.set(None));
        }
    }
}

/// The address of a local of this call's own frame: where the stack stands now.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    let at: *const u8 = std::hint::black_box(&marker);
    at.addr()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recurse(levels: usize) -> Result<usize, TooDeep> {
        let _guard = StackGuard::enter()?;
        let padding = std::hint::black_box([0u8; 256]);
        if levels == 0 {
            return Ok(usize::from(padding[0]));
        }
        Ok(recurse(levels - 1)? + 1)
    }

    #[test]
    fn shallow_recursion_passes_and_endless_recursion_is_refused() {
        // On a thread of its own with room for the budget, whatever the test threads get.
        let stack = 2 * Limits::DEFAULT.native_stack;
        let thread = std::thread::Builder::new().stack_size(stack).spawn(|| {
            assert_eq!(recurse(100), Ok(100));
            assert_eq!(recurse(usize::MAX), Err(TooDeep));
            // The outermost guard was released: a new recursion starts from a fresh base.
            assert_eq!(recurse(100), Ok(100));
        });
        assert!(thread.expect("spawn").join().is_ok());
    }
}
