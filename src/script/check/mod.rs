//! The static checker between parsing and lowering: local type inference over each function
//! body, and the rules the lessons teach, reported with rustc's codes, wording and lines
//! (mismatched types, `.await` outside async or on a non-future, unresolved names, imports and
//! macros, extension methods whose trait is not in scope, argument counts, mutability, use
//! after move, unpinned `select`, spawned borrows) plus rustc's warnings for unused futures,
//! `Result`s and variables.
//!
//! It must never reject a program rustc accepts: whatever it does not model (a node, a type, a
//! function it has no signature for) is `Unknown`, which agrees with everything, and each such
//! give-up is counted. It never runs or lowers anything.

mod body;
mod borrows;
mod call;
mod env;
mod expr;
mod impls;
mod imports;
mod infer;
mod items;
mod lints;
mod locals;
mod loops;
mod ops;
mod report;
mod scope;
mod std_methods;
mod ty;

use std::collections::HashMap;

use self::impls::Impls;
use self::infer::Table;
use self::items::Items;
use self::lints::Pending;
use self::locals::{Frame, Locals, Loop};
use self::report::Reporter;
use self::ty::Ty;
use crate::script::ast::{self, ItemKind, Span};
use crate::script::Diagnostic;

/// How many errors, and how many warnings, the checker reports at most.
const MAX_SHOWN: usize = 100;

/// What the checker found in one program.
#[derive(Debug, Default)]
pub struct Checked {
    /// Errors (the program must not run) and warnings, in source order.
    pub diagnostics: Vec<Diagnostic>,
    /// How many expressions the checker gave up on (typed `Unknown`).
    pub give_ups: usize,
}

/// Checks a parsed program whose parse had no errors.
pub fn check(file: &ast::File, source: &str) -> Checked {
    let items = Items::collect(file);
    let impls = Impls::collect(file);
    let report = Reporter::new(source);
    let mut checked = Checked::default();
    for import in &items.uses.unresolved {
        checked.diagnostics.push(report.unresolved_import(import));
    }
    checked
        .diagnostics
        .extend(scope::item_names(file, &items, &report));
    for (decl, self_ty) in functions(file) {
        let self_ty = self_ty.map(|t| items.lower(t, &[], None));
        let mut checker = Checker::new((&items, &impls), &report, self_ty);
        checker.scopes = items.uses.of_fn(decl.name.span.start);
        checker.signature_names(decl);
        checker.function(decl);
        checked.give_ups += checker.give_ups;
        checked.diagnostics.extend(checker.finish());
    }
    checked
        .diagnostics
        .sort_by_key(|d| (d.span.start, d.span.end));
    checked.diagnostics.dedup();
    // As the other stages, the first hundred errors and warnings are enough to read.
    let (mut errors, mut warnings) = (0, 0);
    checked.diagnostics.retain(|d| {
        let count = if d.is_error() {
            &mut errors
        } else {
            &mut warnings
        };
        *count += 1;
        *count <= MAX_SHOWN
    });
    checked
}

/// Every function and method with the type of its `impl`: top-level, in inline modules, in
/// traits, and nested in function bodies.
fn functions(file: &ast::File) -> Vec<(&ast::FnDecl, Option<&ast::Type>)> {
    let mut found = Vec::new();
    for item in items::all_items(file) {
        match &item.kind {
            ItemKind::Fn(decl) => found.push((decl, None)),
            ItemKind::Impl(block) => {
                for member in &block.items {
                    if let ast::ImplItem::Fn(decl) = member {
                        found.push((decl, Some(&block.self_ty)));
                    }
                }
            }
            // A provided method's `Self` is whichever type implements the trait: unknown.
            ItemKind::Trait(t) => found.extend(items::provided_methods(t).map(|d| (d, None))),
            _ => {}
        }
    }
    found
}

/// The state of checking one function body (and the closures and blocks inside it).
pub(crate) struct Checker<'a> {
    items: &'a Items,
    impls: &'a Impls,
    report: &'a Reporter<'a>,
    table: Table,
    locals: Locals,
    frames: Vec<Frame>,
    diagnostics: Vec<Diagnostic>,
    /// Diagnostics that hold only if every binding of the body is known (unresolved names,
    /// moves, captures, unused variables): dropped when the body has an unmodeled node.
    fragile: Vec<Diagnostic>,
    give_ups: usize,
    /// The body holds a node the checker does not model: names may be bound there, so
    /// nothing is called unresolved or unused.
    unmodeled: bool,
    /// Checks that need the body's final types (literal ranges, constant overflow).
    pending: Vec<Pending>,
    /// Locals each `async` block captures, by the block's start, each with where the block
    /// first uses it, for the spawn and storage checks.
    captures: HashMap<usize, Vec<(usize, Span)>>,
    /// Locals an `if let` pattern moves out of, with where: moved in its first branch only.
    pattern_moves: Vec<(usize, Span)>,
    /// The loops whose bodies are being checked, innermost last.
    loops: Vec<Loop>,
    /// How many blocks deep the walk is: 1 in the function's body itself.
    block_depth: usize,
    self_ty: Option<Ty>,
    /// The scopes whose `use` items reach the function (see `imports.rs`); `None` when not
    /// known, and then any name may be imported.
    scopes: Option<&'a [usize]>,
}

impl<'a> Checker<'a> {
    fn new(
        (items, impls): (&'a Items, &'a Impls),
        report: &'a Reporter<'a>,
        self_ty: Option<Ty>,
    ) -> Self {
        Checker {
            items,
            impls,
            report,
            table: Table::default(),
            locals: Locals::default(),
            frames: Vec::new(),
            diagnostics: Vec::new(),
            fragile: Vec::new(),
            give_ups: 0,
            unmodeled: false,
            pending: Vec::new(),
            captures: HashMap::new(),
            pattern_moves: Vec::new(),
            loops: Vec::new(),
            block_depth: 0,
            self_ty,
            scopes: None,
        }
    }

    /// Notes that an expression's type is not known: it agrees with everything.
    fn give_up(&mut self) -> Ty {
        self.give_ups += 1;
        Ty::Unknown
    }

    /// Gives up on an expression and on the types that flowed into it (see `Table::forget`).
    fn give_up_on(&mut self, types: &[Ty]) -> Ty {
        types.iter().for_each(|t| self.table.forget(t));
        self.give_up()
    }

    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// The diagnostics of the body, once its types are final.
    fn finish(mut self) -> Vec<Diagnostic> {
        self.run_pending();
        self.locals.pop_all();
        if !self.unmodeled {
            let unused: Vec<Diagnostic> = self
                .locals
                .ended
                .iter()
                .filter(|l| !l.used && !l.name.starts_with('_') && l.name != "self")
                .map(|l| self.report.unused_variable(l.span, &l.name))
                .collect();
            self.diagnostics.extend(unused);
            self.diagnostics.append(&mut self.fragile);
        }
        self.diagnostics
    }
}
