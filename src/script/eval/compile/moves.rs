//! Moves out of locals. Values are shared handles, so a value moved out of a local (into a
//! function, a struct, a vector, a `move` closure or future) would stay alive in the local's
//! slot until its scope ends, and a type with `impl Drop` would drop late. So a local known to
//! own its value is emptied when it is moved from. Only locals whose value the compiler can see
//! is owned count (a constructor, a call, a literal, a parameter of a non-reference type), and
//! at run time a `Copy` value is copied, not moved: a reference, which this interpreter cannot
//! tell from its referent, is never emptied. It must never empty a local the program uses again.

use super::Compiler;
use crate::script::ast::{self, Expr, ExprKind};
use crate::script::eval::program::Op;

impl Compiler<'_> {
    /// Compiles `expr` where its value is moved (an argument, a field, an element, an
    /// initialiser): a local that owns its value is moved out of.
    pub(super) fn moved(&mut self, expr: &Expr) {
        self.moving = true;
        self.expr(expr);
    }

    /// Pushes the value of the local in `slot`, moving it out when `moving` and it owns it.
    pub(super) fn load_or_move(&mut self, slot: u16, moving: bool, span: ast::Span) {
        if moving && self.top().owned.contains(&slot) && !self.is_boxed(slot) {
            self.emit(Op::Move(slot), span);
        } else {
            self.load_local(slot, span);
        }
    }

    /// Compiles the scrutinee of `match` or `if let`: a pattern that binds by value moves
    /// what it binds out of the local (`if let Either::Right((_, rest)) = raced`).
    pub(super) fn scrutinee<'p>(
        &mut self,
        scrutinee: &Expr,
        patterns: impl IntoIterator<Item = &'p ast::Pattern>,
    ) {
        if patterns.into_iter().any(binds_by_value) {
            self.moved(scrutinee);
        } else {
            self.expr(scrutinee);
        }
    }

    /// Notes that the local in `slot` owns its value when its initialiser or type says so.
    pub(super) fn note_owned(&mut self, slot: u16, init: Option<&Expr>, ty: Option<&ast::Type>) {
        let owned_type = ty.is_some_and(|ty| !matches!(ty.kind, ast::TypeKind::Ref { .. }));
        if owned_type || init.is_some_and(|init| self.is_owned_value(init)) {
            self.top().owned.insert(slot);
        }
    }

    /// Notes which bindings of `let (a, b) = init` own their values: all of them when a call
    /// makes the tuple (`let (tx, rx) = mpsc::unbounded()`), each one whose element owns its
    /// value when the tuple is written out (`let (a, b) = (vec![], &x)`), none when the type
    /// or the initialiser is a reference.
    pub(super) fn note_owned_tuple(
        &mut self,
        items: &[ast::Pattern],
        init: Option<&Expr>,
        ty: Option<&ast::Type>,
    ) {
        let element_types: Vec<Option<&ast::Type>> = match ty.map(|ty| &ty.kind) {
            Some(ast::TypeKind::Tuple(types)) => types.iter().map(Some).collect(),
            _ => vec![None; items.len()],
        };
        let elements: Vec<Option<&Expr>> = match init.map(|init| &init.kind) {
            Some(ExprKind::Tuple(elements)) => elements.iter().map(Some).collect(),
            _ => vec![init.filter(|init| self.is_owned_value(init)); items.len()],
        };
        let bindings = items.iter().zip(elements).zip(element_types);
        for ((item, element), element_type) in bindings {
            if let ast::PatKind::Binding {
                name,
                sub: None,
                by_ref: false,
                ..
            } = &item.kind
            {
                let reference =
                    element_type.is_some_and(|ty| matches!(ty.kind, ast::TypeKind::Ref { .. }));
                if let (Some(slot), false) = (self.lookup(&name.name), reference) {
                    self.note_owned(slot, element, element_type);
                }
            }
        }
    }

    /// Whether `expr` makes a value nothing else refers to.
    fn is_owned_value(&mut self, expr: &Expr) -> bool {
        match &expr.kind {
            ExprKind::Struct { .. }
            | ExprKind::Tuple(_)
            | ExprKind::Array(_)
            | ExprKind::Async { .. }
            | ExprKind::Await(_) => true,
            ExprKind::Try(inner) => self.is_owned_value(inner),
            ExprKind::Macro(call) => matches!(call.name.name.as_str(), "vec" | "format"),
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Path(path) => {
                    let local = match path.segments.as_slice() {
                        [only] => self.lookup(&only.ident.name).is_some(),
                        _ => false,
                    };
                    !local
                }
                _ => false,
            },
            ExprKind::MethodCall { method, .. } => matches!(
                method.name.as_str(),
                "clone" | "to_string" | "to_owned" | "to_vec" | "collect" | "boxed" | "boxed_local"
            ),
            ExprKind::Path(path) => match path.segments.as_slice() {
                [only] => self
                    .lookup(&only.ident.name)
                    .is_some_and(|slot| self.top().owned.contains(&slot)),
                _ => false,
            },
            _ => false,
        }
    }

    /// After `move` closure or `async move` block `index` is made: the owned locals it
    /// captured are moved into it, so that it drops them (a future dropped unpolled drops what
    /// it captured).
    pub(super) fn move_captured(&mut self, index: u32, span: ast::Span) {
        let Some(closure) = self.program.closures.get(index as usize).cloned() else {
            return;
        };
        for &(slot, _) in &closure.capture_slots {
            if self.top().owned.contains(&slot) && !self.is_boxed(slot) {
                self.emit(Op::Move(slot), span);
                self.emit(Op::Pop, span);
            }
        }
    }
}

/// Whether `pat` binds some part of the value by value (not `ref`), which moves that part.
fn binds_by_value(pat: &ast::Pattern) -> bool {
    // A work list, not recursion: patterns nest as deep as the parser allows.
    let mut work = vec![pat];
    while let Some(pat) = work.pop() {
        match &pat.kind {
            ast::PatKind::Binding { by_ref: false, .. } => return true,
            ast::PatKind::Binding { sub: Some(sub), .. } => work.push(sub),
            ast::PatKind::Tuple(items)
            | ast::PatKind::Slice(items)
            | ast::PatKind::Or(items)
            | ast::PatKind::TupleStruct { elems: items, .. } => work.extend(items),
            ast::PatKind::Struct { fields, .. } => work.extend(fields.iter().map(|f| &f.pat)),
            _ => {}
        }
    }
    false
}
