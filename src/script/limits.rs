//! Every limit the interpreter enforces, in one [`Limits`] value with documented defaults, and
//! the kinds of limit ([`Limit`]) that a stopped program reports, so that a limit is told apart
//! from a program's own panic all the way out to the command line and the page. It must never
//! hold a limit a lesson could reach: each default sits far beyond any lesson, and only stops a
//! runaway program.

use std::fmt;

/// The interpreter's limits for one run. Every field is a hard stop: reaching it ends the
/// program with a [`Limit`] fault, never with a wrong result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Interpreter steps across every task of one run, counted whether a task runs long
    /// between awaits or awaits again and again: only an endless program reaches it.
    pub steps: u64,
    /// Frames of ordinary (non-`async`) calls alive at once in one body. They live on the
    /// heap, so this only stops runaway recursion.
    pub call_depth: usize,
    /// Calls the interpreter makes from inside its own Rust code, nested: a closure called by a
    /// built-in method (`map`, `sort_by`, ...), a trait method (`poll`, `fmt`, ...) called by
    /// the runtime, and each `.await` of an async body inside another. Each level takes native
    /// stack, so this stays low enough that even a debug build's levels fit in
    /// [`Limits::native_stack`], and the same programs reach it in every build. Reaching it is
    /// reported as [`Limit::CallDepth`].
    pub nested_calls: usize,
    /// How deeply expressions, blocks, patterns and types may nest in the source, so that the
    /// parser (which recurses in Rust) can never overflow the native stack.
    pub nesting: usize,
    /// Bytes live on the heap, counted by the allocator the binaries install (see
    /// `eval::CountingAllocator`): every value of the program and everything else the process
    /// holds. A value takes more room than in a compiled program (a `u8` in a vector takes a
    /// whole value), so this is generous; the page's is smaller, since a browser tab shares the
    /// machine with everything else open.
    pub memory: usize,
    /// Bytes of native stack that the interpreter's own recursion (lowering nested source,
    /// walking nested values, a future polling the future it awaits) may use below its
    /// outermost call; see [`crate::script::stack`]. Every host runs the interpreter on a stack
    /// at least twice as large (`.cargo/config.toml` sets the page's and the test threads',
    /// the command line spawns its own), so that the host's own frames and the deepest
    /// stretch between two checks fit beside it. It is virtual memory: only the pages a deep
    /// program reaches are ever touched.
    pub native_stack: usize,
    /// Errors reported by each of the lexer, the parser and the lowering for one program: the
    /// first ones are the useful ones, and each is located by a look through the source, so a
    /// program of nothing but errors must not cost a look per error.
    pub diagnostics: usize,
}

impl Limits {
    /// The defaults, usable in constant contexts.
    pub const DEFAULT: Limits = Limits {
        steps: 200_000_000,
        call_depth: 100_000,
        nested_calls: 5_000,
        nesting: 128,
        memory: if cfg!(target_arch = "wasm32") {
            512 << 20
        } else {
            1 << 30
        },
        // A debug build's frames are several times larger than an optimised build's: its budget
        // is as much larger, so that the same programs reach the limit in every build.
        native_stack: if cfg!(all(debug_assertions, not(target_arch = "wasm32"))) {
            64 << 20
        } else {
            16 << 20
        },
        diagnostics: 100,
    };
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}

/// Which limit stopped a program: printed as `playground limit reached: <kind>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// The step budget ([`Limits::steps`]): an endless loop, awaiting or not.
    Steps,
    /// The memory budget: values grew beyond what the playground holds.
    Memory,
    /// The call depth ([`Limits::call_depth`] or [`Limits::nested_calls`]): recursion too deep.
    CallDepth,
    /// The nesting depth ([`Limits::nesting`], [`Limits::native_stack`]): source or values
    /// nested too deeply.
    Nesting,
    /// A count in one function or literal (locals, arguments, fields) beyond what the
    /// bytecode's fixed-width operands hold.
    ProgramSize,
    /// Something the playground does not implement, which only the running value showed
    /// (a built-in method that this receiver's type lacks here): the program is not at fault.
    /// The command line reports it as an error of the program's text, with exit code 1.
    Unsupported,
}

impl Limit {
    /// The kind's name as the command line and the page print it.
    pub fn name(self) -> &'static str {
        match self {
            Limit::Steps => "steps",
            Limit::Memory => "memory",
            Limit::CallDepth => "call depth",
            Limit::Nesting => "nesting",
            Limit::ProgramSize => "program size",
            Limit::Unsupported => "unsupported",
        }
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
