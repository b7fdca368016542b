//! The checker's diagnostics, worded and located as rustc words and locates them: one
//! constructor per error family. It must never decide whether something is an error; the
//! checker calls these once it has.

use super::imports::UnresolvedImport;
use super::infer::Table;
use super::ty::Ty;
use crate::script::ast::Span;
use crate::script::Diagnostic;

/// Builds diagnostics for one source text.
pub struct Reporter<'s> {
    /// The program's source, for lines and columns.
    pub source: &'s str,
    /// Where each line starts, so that locating a diagnostic does not rescan the source (a
    /// generated program may have thousands of unused variables).
    line_starts: Vec<usize>,
}

impl<'s> Reporter<'s> {
    /// A reporter for `source`.
    pub fn new(source: &'s str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Reporter {
            source,
            line_starts,
        }
    }

    /// A diagnostic at `span`, located through the line index.
    fn located(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        let line = self
            .line_starts
            .partition_point(|&start| start <= span.start);
        let line_start = self
            .line_starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(0);
        let mut diagnostic = Diagnostic::new("", span, message);
        diagnostic.line = line.max(1);
        diagnostic.col = self
            .source
            .get(line_start..span.start)
            .map_or(1, |before| before.chars().count() + 1);
        diagnostic
    }

    fn at(&self, span: Span, code: &'static str, message: impl Into<String>) -> Diagnostic {
        self.located(span, message).with_code(code)
    }

    /// E0308: `found` where `expected` was needed; suggests `.await` when `found` is a future
    /// of the expected type.
    pub fn mismatch(&self, table: &Table, span: Span, expected: &Ty, found: &Ty) -> Diagnostic {
        let diagnostic = self.at(span, "E0308", "mismatched types").note(format!(
            "expected {}, found {}",
            table.describe(expected),
            table.describe(found)
        ));
        match table.shallow(found) {
            Ty::Future(output, _) if table.unifiable(expected, &output) => {
                diagnostic.note("help: consider `await`ing on the `Future`")
            }
            _ => diagnostic,
        }
    }

    /// E0308 for the branches of an `if` or the arms of a `match`.
    pub fn incompatible(
        &self,
        table: &Table,
        span: Span,
        what: &str,
        expected: &Ty,
        found: &Ty,
    ) -> Diagnostic {
        self.at(span, "E0308", format!("{what} have incompatible types"))
            .note(format!(
                "expected {}, found {}",
                table.describe(expected),
                table.describe(found)
            ))
    }

    /// E0728: `.await` outside an `async` function or block.
    pub fn await_outside_async(&self, await_span: Span) -> Diagnostic {
        self.at(
            await_span,
            "E0728",
            "`await` is only allowed inside `async` functions and blocks",
        )
    }

    /// E0277: `.await` on something that is not a future.
    pub fn not_a_future(&self, table: &Table, await_span: Span, ty: &Ty) -> Diagnostic {
        let shown = table.show(ty);
        self.at(await_span, "E0277", format!("`{shown}` is not a future"))
            .note(format!(
                "the trait `Future` is not implemented for `{shown}`"
            ))
    }

    /// E0277: `?` in a function that returns neither `Result` nor `Option`.
    /// `function` says what returns it: "a function", "an async function", "a closure".
    pub fn question_in_unit(&self, span: Span, function: &str, ret: &str) -> Diagnostic {
        self.at(
            span,
            "E0277",
            format!(
                "the `?` operator can only be used in {function} that returns `Result` or `Option` (or another type that implements `FromResidual`)"
            ),
        )
        .note(format!("cannot use the `?` operator in {function} that returns `{ret}`"))
    }

    /// E0277: `?` on an `Option` in a function returning `Result`, or the other way round.
    pub fn question_other_family(
        &self,
        span: Span,
        is_async: bool,
        used: &str,
        returned: &str,
    ) -> Diagnostic {
        let function = if is_async {
            "an async function"
        } else {
            "a function"
        };
        let hint = if used == "Option" {
            "use `.ok_or(...)?` to provide an error compatible with the function's `Result`"
        } else {
            "use `.ok()?` if you want to discard the error"
        };
        self.at(
            span,
            "E0277",
            format!(
                "the `?` operator can only be used on `{returned}`s, not `{used}`s, in {function} that returns `{returned}`"
            ),
        )
        .note(hint)
    }

    /// E0277: indexing a slice, array or vector by an integer that is not a `usize`.
    pub fn index_not_usize(&self, span: Span, indexed: &str, index: &str) -> Diagnostic {
        self.at(
            span,
            "E0277",
            format!("the type `{indexed}` cannot be indexed by `{index}`"),
        )
        .note("slice indices are of type `usize` or ranges of `usize`")
    }

    /// E0277: `{}` or `{:?}` on a value whose type does not implement `Display` or `Debug`.
    pub fn not_printable(&self, span: Span, ty: &str, debug: bool) -> Diagnostic {
        let (name, note) = if debug {
            (
                "Debug",
                format!("add `#[derive(Debug)]` to `{ty}` or manually `impl Debug for {ty}`"),
            )
        } else {
            (
                "std::fmt::Display",
                "in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead"
                    .to_string(),
            )
        };
        self.at(span, "E0277", format!("`{ty}` doesn't implement `{name}`"))
            .note(note)
    }

    /// E0277: a generic parameter's bound that the argument's type does not implement.
    pub fn unmet_bound(&self, span: Span, ty: &str, bound: &str) -> Diagnostic {
        match bound {
            "Display" => self.not_printable(span, ty, false),
            "Debug" => self.not_printable(span, ty, true),
            _ => self.at(
                span,
                "E0277",
                format!("the trait bound `{ty}: {bound}` is not satisfied"),
            ),
        }
    }

    /// E0425: a name that nothing declares.
    pub fn unresolved(&self, span: Span, kind: &str, name: &str) -> Diagnostic {
        self.at(
            span,
            "E0425",
            format!("cannot find {kind} `{name}` in this scope"),
        )
        .note("not found in this scope")
    }

    /// E0433: a path through a type that nothing declares.
    pub fn undeclared_type(&self, span: Span, name: &str) -> Diagnostic {
        self.at(
            span,
            "E0433",
            format!("cannot find type `{name}` in this scope"),
        )
        .note(format!("use of undeclared type `{name}`"))
    }

    /// A type (E0425, which rustc now gives where it once gave E0412) or a trait (E0405) that
    /// nothing declares or imports; a trait named as one of std's prelude derive macros is
    /// E0404, since the name reaches the macro.
    pub fn unresolved_type(&self, span: Span, name: &str, is_trait: bool) -> Diagnostic {
        match (is_trait, name) {
            (true, "Debug" | "Hash") => self.at(
                span,
                "E0404",
                format!("expected trait, found derive macro `{name}`"),
            ),
            (true, _) => self
                .at(
                    span,
                    "E0405",
                    format!("cannot find trait `{name}` in this scope"),
                )
                .note("not found in this scope"),
            (false, _) => self.unresolved(span, "type", name),
        }
    }

    /// E0433: a path through a module that nothing imports (`future::ready` without `use
    /// futures::future`).
    pub fn undeclared_module(&self, span: Span, name: &str) -> Diagnostic {
        self.at(
            span,
            "E0433",
            format!("cannot find module or crate `{name}` in this scope"),
        )
        .note(format!(
            "use of unresolved module or unlinked crate `{name}`"
        ))
    }

    /// E0061: a call with the wrong number of arguments.
    pub fn arg_count(&self, span: Span, what: &str, expected: usize, found: usize) -> Diagnostic {
        let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
        let was = if found == 1 { "was" } else { "were" };
        self.at(
            span,
            "E0061",
            format!(
                "this {what} takes {expected} {} but {found} {} {was} supplied",
                plural(expected),
                plural(found)
            ),
        )
    }

    /// E0384: assigning twice to a variable that is not `mut`.
    pub fn assign_twice(&self, span: Span, name: &str) -> Diagnostic {
        self.at(
            span,
            "E0384",
            format!("cannot assign twice to immutable variable `{name}`"),
        )
        .note(format!(
            "help: consider making this binding mutable: `mut {name}`"
        ))
    }

    /// E0594: assigning through a place that is not mutable.
    pub fn assign_immutable(&self, span: Span, place: &str, why: &str) -> Diagnostic {
        self.at(span, "E0594", format!("cannot assign to `{place}`, {why}"))
    }

    /// E0596: borrowing as mutable a place that is not mutable.
    pub fn borrow_mut_immutable(&self, span: Span, place: &str, why: &str) -> Diagnostic {
        self.at(
            span,
            "E0596",
            format!("cannot borrow `{place}` as mutable, {why}"),
        )
    }

    /// E0382: a value used after it was moved (a future awaited twice is one).
    pub fn use_after_move(&self, span: Span, name: &str, borrow: bool) -> Diagnostic {
        let how = if borrow { "borrow" } else { "use" };
        self.at(span, "E0382", format!("{how} of moved value: `{name}`"))
            .note(format!(
                "value {}ed here after move",
                if borrow { "borrow" } else { "us" }
            ))
    }

    /// E0599: a method the type does not have.
    pub fn no_method(&self, span: Span, name: &str, kind: &str, ty: &str) -> Diagnostic {
        self.at(
            span,
            "E0599",
            format!("no method named `{name}` found for {kind} `{ty}` in the current scope"),
        )
    }

    /// E0599: an extension trait's method whose trait is not in scope, on a value of the
    /// `(kind, type)` given; worded as a method with unsatisfied `bounds` when a trait of
    /// std's prelude has the name too.
    pub fn trait_not_in_scope(
        &self,
        span: Span,
        name: &str,
        (kind, ty): (&str, &str),
        trait_name: &str,
        bounds: bool,
    ) -> Diagnostic {
        let message = if bounds {
            format!("the method `{name}` exists for {kind} `{ty}`, but its trait bounds were not satisfied")
        } else {
            format!("no method named `{name}` found for {kind} `{ty}` in the current scope")
        };
        self.at(span, "E0599", message).note(format!(
            "help: trait `{trait_name}` which provides `{name}` is implemented but not in scope; perhaps you want to import it"
        ))
    }

    /// A macro that nothing brings into scope; rustc gives this error no code.
    pub fn no_macro(&self, span: Span, name: &str) -> Diagnostic {
        self.located(span, format!("cannot find macro `{name}` in this scope"))
    }

    /// E0432: an import of what its module does not hold.
    pub fn unresolved_import(&self, import: &UnresolvedImport) -> Diagnostic {
        let UnresolvedImport {
            span,
            path,
            missing,
            module,
            last,
        } = import;
        let label = if *last {
            format!("no `{missing}` in `{module}`")
        } else {
            format!("could not find `{missing}` in `{module}`")
        };
        self.at(*span, "E0432", format!("unresolved import `{path}`"))
            .note(label)
    }

    /// E0599: a `TryFutureExt` method on a future whose output is not a `Result`.
    pub fn not_try_future(&self, span: Span, name: &str, ty: &str) -> Diagnostic {
        self.at(
            span,
            "E0599",
            format!(
                "the method `{name}` exists for opaque type `{ty}`, but its trait bounds were not satisfied"
            ),
        )
        .note(format!("the following trait bounds were not satisfied: `{ty}: TryFuture`"))
    }

    /// E0277: an operator between types it does not combine.
    pub fn operands(&self, span: Span, message: String, label: String) -> Diagnostic {
        self.at(span, "E0277", message).note(label)
    }

    /// E0369: an operator on a type that does not have it.
    pub fn no_operator(&self, span: Span, message: String) -> Diagnostic {
        self.at(span, "E0369", message)
    }

    /// E0600: `-` on an unsigned integer.
    pub fn negate_unsigned(&self, span: Span, ty: &str) -> Diagnostic {
        self.at(
            span,
            "E0600",
            format!("cannot apply unary operator `-` to type `{ty}`"),
        )
        .note("note: unsigned values cannot be negated")
    }

    /// E0277: a future that `select` needs `Unpin` and is not.
    pub fn cannot_unpin(&self, span: Span, what: &str) -> Diagnostic {
        self.at(span, "E0277", format!("`{what}` cannot be unpinned"))
            .note(format!("the trait `Unpin` is not implemented for `{what}`"))
            .note("note: consider using the `pin!` macro")
    }

    /// E0373: a spawned `async` block borrowing a local of the function that spawns it.
    pub fn outlives(&self, span: Span, name: &str) -> Diagnostic {
        self.at(
            span,
            "E0373",
            format!(
                "async block may outlive the current function, but it borrows `{name}`, which is owned by the current function"
            ),
        )
        .note(format!(
            "help: to force the async block to take ownership of `{name}` (and any other referenced variables), use the `move` keyword"
        ))
    }

    /// E0597: a future that must outlive a local holds a borrow of it; `why` says what needs
    /// it longer.
    pub fn does_not_live_long_enough(&self, span: Span, name: &str, why: &str) -> Diagnostic {
        self.at(span, "E0597", format!("`{name}` does not live long enough"))
            .note("borrowed value does not live long enough")
            .note(format!("note: {why}"))
    }

    /// A deny-by-default lint that rustc reports as an error without a code.
    pub fn lint(&self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.located(span, message)
    }

    /// Warning: a statement drops a future without awaiting it.
    pub fn unused_future(&self, span: Span) -> Diagnostic {
        self.located(span, "unused implementer of `Future` that must be used")
            .note("note: futures do nothing unless you `.await` or poll them")
            .warning()
    }

    /// Warning: a statement drops a `Result`.
    pub fn unused_result(&self, span: Span) -> Diagnostic {
        self.located(span, "unused `Result` that must be used")
            .note("note: this `Result` may be an `Err` variant, which should be handled")
            .warning()
    }

    /// Warning: a variable nothing reads.
    pub fn unused_variable(&self, span: Span, name: &str) -> Diagnostic {
        self.located(span, format!("unused variable: `{name}`"))
            .note(format!(
                "help: if this is intentional, prefix it with an underscore: `_{name}`"
            ))
            .warning()
    }
}
