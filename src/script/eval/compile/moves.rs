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

    /// Compiles what `for` iterates or `into_iter()` takes: a vector moves, but an array stays
    /// (its items may be `Copy`, and then it stays usable), and the loop gets a copy of an
    /// array of `Copy` items, so that writes to its items (`for mut p in points`) stay in it.
    pub(super) fn consumed(&mut self, expr: &Expr) {
        match self.array_local(expr) {
            Some(slot) if !self.is_boxed(slot) => {
                self.emit(Op::CopyArray(slot, false), expr.span);
            }
            Some(_) => self.expr(expr),
            None => self.moved(expr),
        }
    }

    /// The slot of the local that `expr` names alone, when it holds an array.
    fn array_local(&mut self, expr: &Expr) -> Option<u16> {
        self.named_local(expr)
            .filter(|slot| self.top().arrays.contains(slot))
    }

    /// Pushes the value of the local in `slot`, moving it out when `moving` and it owns it. An
    /// array moved is copied instead when its items are `Copy`, as rustc copies it.
    pub(super) fn load_or_move(&mut self, slot: u16, moving: bool, span: ast::Span) {
        let owned = self.top().owned.contains(&slot);
        if moving && self.top().arrays.contains(&slot) && !self.is_boxed(slot) {
            self.emit(Op::CopyArray(slot, owned), span);
        } else if moving && owned && !self.is_boxed(slot) {
            self.emit(Op::Move(slot), span);
        } else {
            self.load_local(slot, span);
        }
    }

    /// Compiles the scrutinee of `match` or `if let`: a pattern that binds by value moves
    /// what it binds out of the local (`if let Either::Right((_, rest)) = raced`), or copies it
    /// when it is `Copy`; one that binds only by `ref` reads the local as a place, so that
    /// writes through its bindings reach it.
    pub(super) fn scrutinee<'p>(
        &mut self,
        scrutinee: &Expr,
        patterns: impl IntoIterator<Item = &'p ast::Pattern>,
    ) {
        let moving = patterns
            .into_iter()
            .any(|pat| binds_by_value(pat) && !self.takes_apart_plain(pat));
        if moving {
            self.moved(scrutinee);
        } else {
            self.placing = true;
            self.expr(scrutinee);
        }
    }

    /// Whether `pat` takes apart a struct whose fields are all plain `Copy` data (see
    /// `Compiler::plain_structs`): it copies what it binds, and the struct stays usable.
    pub(super) fn takes_apart_plain(&mut self, pat: &ast::Pattern) -> bool {
        let path = match &pat.kind {
            ast::PatKind::Struct { path, .. } | ast::PatKind::TupleStruct { path, .. } => path,
            _ => return false,
        };
        match self.resolve_target(path) {
            Some(super::pattern::Target::Struct(id)) => self.plain_structs.contains(&id),
            _ => false,
        }
    }

    /// Notes that the local in `slot` owns its value when its initialiser or type says so,
    /// whether it holds an array, and whether it holds a reference.
    pub(super) fn note_owned(&mut self, slot: u16, init: Option<&Expr>, ty: Option<&ast::Type>) {
        let reference_type = ty.is_some_and(|ty| matches!(ty.kind, ast::TypeKind::Ref { .. }));
        if reference_type || init.is_some_and(is_reference) {
            self.top().refs.insert(slot);
        }
        if ty.is_some_and(holds_references) || init.is_some_and(lists_references) {
            self.top().ref_items.insert(slot);
        }
        let array_type = ty.is_some_and(|ty| matches!(ty.kind, ast::TypeKind::Array { .. }));
        // `let w = v;` where `v` holds an array: `w` holds one too.
        let array_init = init.is_some_and(|init| {
            matches!(init.kind, ExprKind::Array(_) | ExprKind::ArrayRepeat { .. })
                || self.array_local(init).is_some()
        });
        if array_type || array_init {
            self.top().arrays.insert(slot);
        }
        let owned_type = ty.is_some_and(|ty| match &ty.kind {
            ast::TypeKind::Ref { .. } => false,
            // An array of numbers is `Copy`: `for x in arr` and `f(arr)` leave it usable.
            ast::TypeKind::Array { elem, .. } => !is_scalar_type(elem),
            _ => true,
        });
        if owned_type || init.is_some_and(|init| self.is_owned_value(init)) {
            self.top().owned.insert(slot);
        }
    }

    /// Notes which bindings of `let (a, b) = init` own their values: all of them when a call
    /// makes the tuple (`let (tx, rx) = mpsc::unbounded()`), each one whose element owns its
    /// value when the tuple is written out (`let (a, b) = (vec![], &x)`), each one whose
    /// element is no `&` when a block ends with the tuple (its locals are out of scope here, and
    /// a block's own locals are what it hands out), none when the type or the initialiser is a
    /// reference.
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
            Some(ExprKind::Block(ast::Block {
                tail: Some(tail), ..
            })) => match &tail.kind {
                ExprKind::Tuple(elements) => (elements.iter())
                    .map(|element| (!is_reference(element)).then_some(init).flatten())
                    .collect(),
                _ => vec![None; items.len()],
            },
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
            | ExprKind::Async { .. }
            | ExprKind::Await(_) => true,
            // An array of literals is `Copy` (see `note_owned`); one of values that own
            // something is not.
            ExprKind::Array(items) => !items.iter().all(is_literal),
            ExprKind::ArrayRepeat { value, .. } => !is_literal(value),
            ExprKind::Try(inner) => self.is_owned_value(inner),
            // A block ending with a tuple written out (see `note_owned_tuple`).
            ExprKind::Block(ast::Block {
                tail: Some(tail), ..
            }) => matches!(tail.kind, ExprKind::Tuple(_)),
            ExprKind::Macro(call) => matches!(call.name.name.as_str(), "vec" | "format"),
            ExprKind::Call { callee, .. } => match &callee.kind {
                ExprKind::Path(path) => self.path_local(path).is_none(),
                _ => false,
            },
            // What a method moves out of a collection is owned, and so is what `unwrap` takes
            // out of an owned `Option` (`v.pop().unwrap()`).
            ExprKind::MethodCall {
                receiver, method, ..
            } => match method.name.as_str() {
                "unwrap" | "expect" | "unwrap_or_default" => self.is_owned_value(receiver),
                // A reference taken out of a collection of references owns nothing.
                _ if self.holds_ref_items(receiver) => false,
                name => matches!(
                    name,
                    "clone"
                        | "to_string"
                        | "to_owned"
                        | "to_vec"
                        | "collect"
                        | "boxed"
                        | "boxed_local"
                        | "pop"
                        | "pop_front"
                        | "pop_back"
                        | "swap_remove"
                ),
            },
            ExprKind::Path(path) => {
                match self.path_local(path) {
                    Some(slot) => self.top().owned.contains(&slot),
                    // A unit struct or unit variant named as a value is a new one
                    // (`let d = D;`); moving it still copies it when it is `Copy`.
                    None => self.resolve_target(path).is_some(),
                }
            }
            _ => false,
        }
    }

    /// Whether `expr` names a local alone that holds a collection of references.
    fn holds_ref_items(&mut self, expr: &Expr) -> bool {
        self.named_local(expr)
            .is_some_and(|slot| self.top().ref_items.contains(&slot))
    }

    /// After `move` closure or `async move` block `index` is made: the owned locals it
    /// captured are moved into it, so that it drops them (a future dropped unpolled drops what
    /// it captured). A local that its body (`blocks` and `exprs`) names only through its
    /// fields (`config.name`) stays: a Rust 2021 closure captures just those fields, and the
    /// rest stays usable, unless its type implements `Drop`, which Rust moves whole.
    pub(super) fn move_captured(
        &mut self,
        index: u32,
        (blocks, exprs): (Vec<&ast::Block>, Vec<&Expr>),
        captured: &[(String, u16)],
        span: ast::Span,
    ) {
        let Some(closure) = self.program.closures.get(index as usize).cloned() else {
            return;
        };
        let by_field = crate::script::walk::used_by_field_only(blocks, exprs);
        let kept = |slot: u16| {
            (captured.iter()).any(|(name, outer)| *outer == slot && by_field.contains(name))
        };
        for &(slot, _) in &closure.capture_slots {
            if !self.top().owned.contains(&slot) || self.is_boxed(slot) {
                continue;
            }
            if kept(slot) {
                self.emit(Op::MoveIfDrop(slot), span);
            } else {
                // A captured array of `Copy` items is copied: the local stays usable.
                let op = match self.top().arrays.contains(&slot) {
                    true => Op::CopyArray(slot, true),
                    false => Op::Move(slot),
                };
                self.emit(op, span);
                self.emit(Op::Pop, span);
            }
        }
    }
}

/// Whether `expr` is a literal (`-1` too), whose value is `Copy`.
fn is_literal(expr: &Expr) -> bool {
    match &expr.kind {
        ExprKind::Lit(_) => true,
        ExprKind::Unary {
            op: ast::UnaryOp::Neg,
            expr,
        } => is_literal(expr),
        _ => false,
    }
}

/// Whether `ty` is a number, `bool`, `char` or a shared reference (`[u8; 4]`'s or
/// `[&str; 2]`'s items), which are `Copy`.
pub(super) fn is_scalar_type(ty: &ast::Type) -> bool {
    let path = match &ty.kind {
        ast::TypeKind::Ref { mutable, .. } => return !mutable,
        ast::TypeKind::Path(path) => path,
        _ => return false,
    };
    let [only] = path.segments.as_slice() else {
        return false;
    };
    let name = only.ident.name.as_str();
    matches!(name, "bool" | "char")
        || crate::script::eval::number::IntType::from_name(name).is_some()
        || crate::script::eval::number::FloatType::from_name(name).is_some()
}

/// Whether `ty` is a collection of references: `Vec<&T>`, `VecDeque<&T>`, `[&T; N]`, `&[&T]`.
fn holds_references(ty: &ast::Type) -> bool {
    let is_ref = |ty: &ast::Type| matches!(ty.kind, ast::TypeKind::Ref { .. });
    match &ty.kind {
        ast::TypeKind::Array { elem, .. } | ast::TypeKind::Slice(elem) => is_ref(elem),
        ast::TypeKind::Ref { inner, .. } => holds_references(inner),
        ast::TypeKind::Path(path) => path.segments.last().is_some_and(|last| {
            matches!(last.ident.name.as_str(), "Vec" | "VecDeque")
                && matches!(last.generics.as_slice(), [ast::GenericArg::Type(elem)] if is_ref(elem))
        }),
        _ => false,
    }
}

/// Whether `expr` makes a collection of references: `[&a, &b]`, `vec![&a, &b]`,
/// `xs.iter().collect()`.
fn lists_references(expr: &Expr) -> bool {
    let all_references = |items: &[Expr]| !items.is_empty() && items.iter().all(is_reference);
    match &expr.kind {
        ExprKind::Array(items) => all_references(items),
        ExprKind::Macro(call) => {
            matches!(&call.args, ast::MacroArgs::VecList(items) if all_references(items))
        }
        ExprKind::MethodCall {
            receiver, method, ..
        } if method.name == "collect" => matches!(
            &receiver.kind,
            ExprKind::MethodCall { method, .. } if method.name == "iter"
        ),
        _ => false,
    }
}

/// Whether `expr` is written as a reference: `&x`, `&mut x`.
fn is_reference(expr: &Expr) -> bool {
    matches!(
        &expr.kind,
        ExprKind::Unary {
            op: ast::UnaryOp::Ref | ast::UnaryOp::RefMut,
            ..
        }
    )
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
