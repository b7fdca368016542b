//! Checking expressions: each gets a type, places are told from values (a value use of a
//! local moves it, a place use borrows it), and the coercion sites check what they receive.
//! It must never reject an expression kind it does not model: those are `Unknown`.

use super::env::{KNOWN_ROOTS, PRELUDE_VALUES};
use super::infer::VarKind;
use super::items::FieldTys;
use super::scope;
use super::ty::{Copyness, Ty};
use super::Checker;
use crate::script::ast::{self, Expr, ExprKind, Lit, Span, UnaryOp};
use crate::script::eval::number::{FloatType, IntType};
use crate::script::stack::StackGuard;

impl Checker<'_> {
    /// Checks an expression used as a value (a local named here is moved if it moves).
    pub(super) fn expr(&mut self, expr: &Expr) -> Ty {
        self.expr_as(expr, true)
    }

    /// Checks an expression used as a place (borrowed, read through, or assigned).
    pub(super) fn place(&mut self, expr: &Expr) -> Ty {
        self.expr_as(expr, false)
    }

    fn expr_as(&mut self, expr: &Expr, moving: bool) -> Ty {
        // A long chain (`x.clone().clone()...`) recurses once per link: past the stack the
        // playground allows, the rest of the chain is not checked, and lowering says so.
        let Ok(_guard) = StackGuard::enter() else {
            self.unmodeled = true;
            return self.give_up();
        };
        let span = expr.span;
        match &expr.kind {
            ExprKind::Lit(lit) => self.literal(lit, span, false),
            ExprKind::Path(path) => self.path(path, moving),
            ExprKind::Call { callee, args } => self.call(callee, args),
            ExprKind::MethodCall {
                receiver,
                method,
                args,
                turbofish,
            } => self.method_call(receiver, (method, turbofish), args),
            ExprKind::Field { base, name } => {
                let base_ty = self.place(base);
                self.field(&base_ty, &name.name)
            }
            ExprKind::TupleIndex { base, index } => {
                let base_ty = self.place(base);
                match self.table.shallow(base_ty.peel_refs()) {
                    Ty::Tuple(items) => items.get(*index as usize).cloned().unwrap_or(Ty::Unknown),
                    _ => self.give_up_on(&[base_ty]),
                }
            }
            ExprKind::Index { base, index } => self.index(base, index),
            ExprKind::Await(inner) => self.await_expr(inner, span),
            ExprKind::Try(inner) => self.try_expr(inner, span),
            ExprKind::Unary { op, expr: operand } => self.unary(*op, operand, span),
            ExprKind::Binary { op, lhs, rhs } => self.binary(*op, lhs, rhs, span),
            ExprKind::Assign { lhs, rhs } => {
                let value = self.expr(rhs);
                let target = self.assign_target(lhs, span, false);
                self.coerce_at(rhs.span, &target, &value);
                Ty::unit()
            }
            ExprKind::CompoundAssign { op, lhs, rhs } => {
                let target = self.assign_target(lhs, span, true);
                self.compound(*op, &target, rhs, span);
                Ty::unit()
            }
            ExprKind::Range {
                start,
                end,
                inclusive,
            } => self.range(start.as_deref(), end.as_deref(), *inclusive),
            ExprKind::Cast { expr: inner, ty } => {
                self.expr(inner);
                self.items.lower(ty, &[], self.self_ty.as_ref())
            }
            ExprKind::Block(block) => self.block(block),
            ExprKind::Async { is_move, body } => self.async_block(*is_move, body, span),
            ExprKind::Closure {
                is_move,
                params,
                ret,
                body,
            } => self.closure(*is_move, (params, &[]), ret.as_ref(), body, span),
            ExprKind::If {
                cond,
                then,
                otherwise,
            } => self.if_expr(cond, then, otherwise.as_deref()),
            ExprKind::Let {
                pat,
                expr: scrutinee,
            } => {
                let ty = self.place(scrutinee);
                let first = self.locals.all.len();
                self.bind(pat, &ty);
                // The move happens only where the pattern matched: `if` applies it to its
                // first branch.
                if let Some(moved) = self.moved_by_pattern(scrutinee, &ty, first) {
                    self.pattern_moves.push(moved);
                }
                Ty::Bool
            }
            ExprKind::While { cond, body, .. } => {
                self.loop_body(&mut |c| {
                    c.locals.push_scope();
                    // A `while let` pattern's move is not followed round the loop.
                    let outer = std::mem::take(&mut c.pattern_moves);
                    let cond_ty = c.expr(cond);
                    c.pattern_moves = outer;
                    c.expect_bool(cond, &cond_ty);
                    let ty = c.block(body);
                    c.locals.pop_scope();
                    ty
                });
                Ty::unit()
            }
            ExprKind::Loop { body, .. } => {
                // A `loop` is `!` unless it breaks: the checker does not tell which, so it
                // gives up on its type (and the block around it may end there).
                self.loop_body(&mut |c| c.block(body));
                self.give_up()
            }
            ExprKind::For {
                pat, iter, body, ..
            } => {
                let iter_ty = self.expr(iter);
                let item = self.iterated(&iter_ty);
                self.loop_body(&mut |c| {
                    c.locals.push_scope();
                    c.bind(pat, &item);
                    let ty = c.block(body);
                    c.locals.pop_scope();
                    ty
                });
                Ty::unit()
            }
            ExprKind::Break { value, .. } => {
                if let Some(value) = value {
                    self.expr(value);
                }
                Ty::Never
            }
            ExprKind::Continue { .. } => Ty::Never,
            ExprKind::Return(value) => {
                let found = value.as_ref().map_or_else(Ty::unit, |v| self.expr(v));
                let ret = self.frames.last().map_or(Ty::Unknown, |f| f.ret.clone());
                let at = value.as_ref().map_or(span, |v| v.span);
                self.coerce_at(at, &ret, &found);
                Ty::Never
            }
            ExprKind::Match { scrutinee, arms } => self.match_expr(scrutinee, arms),
            ExprKind::Struct { path, fields, base } => self.struct_literal(path, fields, base),
            ExprKind::Tuple(items) => Ty::Tuple(items.iter().map(|e| self.expr(e)).collect()),
            ExprKind::Array(items) => {
                let elem = self.table.fresh(VarKind::General);
                for item in items {
                    let ty = self.expr(item);
                    self.coerce_at(item.span, &elem, &ty);
                }
                Ty::Array(Box::new(elem), Some(items.len() as u64))
            }
            ExprKind::ArrayRepeat { value, count } => {
                let elem = self.expr(value);
                let count_ty = self.expr(count);
                self.coerce_at(count.span, &Ty::Int(IntType::Usize), &count_ty);
                let len = match &count.kind {
                    ExprKind::Lit(Lit::Int { value, .. }) => u64::try_from(*value).ok(),
                    _ => None,
                };
                Ty::Array(Box::new(elem), len)
            }
            ExprKind::Macro(call) => self.macro_call(call, span),
            #[allow(unreachable_patterns)]
            _ => {
                self.unmodeled = true;
                self.give_up()
            }
        }
    }

    /// The type of a literal; unsuffixed numbers are inference variables, checked for range
    /// once the body's types are final.
    pub(super) fn literal(&mut self, lit: &Lit, span: Span, negated: bool) -> Ty {
        match lit {
            Lit::Int { value, suffix } => {
                let ty = match suffix.as_deref() {
                    Some(s) => match super::ty::primitive(s) {
                        Some(t) => t,
                        None => return self.give_up(),
                    },
                    None => self.table.fresh(VarKind::Integer),
                };
                self.literal_range(*value, negated, &ty, span);
                ty
            }
            Lit::Float { suffix, .. } => match suffix.as_deref().and_then(FloatType::from_name) {
                Some(float) => Ty::Float(float),
                None => self.table.fresh(VarKind::Float),
            },
            Lit::Bool(_) => Ty::Bool,
            Lit::Str(_) => Ty::Ref(false, Box::new(Ty::Str)),
            Lit::Char(_) => Ty::Char,
            // `b"..."` and literal kinds added later: not modelled.
            #[allow(unreachable_patterns)]
            _ => self.give_up(),
        }
    }

    /// Coerces `found` into `expected` at a coercion site, or reports E0308 at `span`.
    pub(super) fn coerce_at(&mut self, span: Span, expected: &Ty, found: &Ty) {
        if !self.coerces(expected, found) {
            let d = self.report.mismatch(&self.table, span, expected, found);
            self.error(d);
        }
    }

    /// Whether a value of `found` can be used where `expected` is needed, unifying them.
    fn coerces(&mut self, expected: &Ty, found: &Ty) -> bool {
        let (e, f) = (self.table.shallow(expected), self.table.shallow(found));
        match (&e, &f) {
            (Ty::Ref(em, ei), Ty::Ref(fm, fi)) => {
                if *em && !*fm {
                    // `&T` where `&mut T` is needed: rejected only when both are known.
                    return !self.known(fi) || !self.known(ei);
                }
                if self.table.unifiable(ei, fi) {
                    return self.table.unify(ei, fi);
                }
                derefs_to(&self.table.deep(fi), &self.table.deep(ei))
            }
            (Ty::Future(..), other) | (other, Ty::Future(..))
                if !matches!(other, Ty::Future(..) | Ty::Var(_)) =>
            {
                !self.certainly_not_future(other)
            }
            // Closures, function items and boxed values coerce in ways the checker does not
            // follow (to `fn` pointers, to `Box<dyn Trait>`): unify what agrees, reject nothing.
            (Ty::Fn(..), _) | (_, Ty::Fn(..)) | (Ty::Adt(..), Ty::Adt(..))
                if e.is_named("Box") || matches!(e, Ty::Fn(..)) || matches!(f, Ty::Fn(..)) =>
            {
                if self.table.unifiable(&e, &f) {
                    self.table.unify(&e, &f);
                }
                true
            }
            _ => self.table.unify(&e, &f),
        }
    }

    /// Checks a path used as a value.
    fn path(&mut self, path: &ast::Path, moving: bool) -> Ty {
        let names: Vec<&str> = path
            .segments
            .iter()
            .map(|s| s.ident.name.as_str())
            .collect();
        if let [name] = names.as_slice() {
            return self.name(name, path.span, moving);
        }
        self.qualified(path, &names)
    }

    /// A one-segment name: a local, a function, a constant, a unit struct or a built-in.
    fn name(&mut self, name: &str, span: Span, moving: bool) -> Ty {
        if let Some(index) = self.locals.find(name) {
            return self.use_local(index, span, moving);
        }
        if let Some(sig) = self.items.fns.get(name) {
            return Ty::Fn(sig.params.clone(), Box::new(sig.ret.clone()));
        }
        if let Some(ty) = self.items.consts.get(name) {
            return ty.clone();
        }
        if let Some(FieldTys::Unit) = self.items.structs.get(name) {
            return Ty::named(name);
        }
        if name == "None" {
            return Ty::option(self.table.fresh(VarKind::General));
        }
        if self.certainly_unresolved(name) {
            let d = self.report.unresolved(span, "value", name);
            self.fragile(d);
        }
        self.give_up()
    }

    /// Whether a lowercase name that nothing here declares is certainly unresolved.
    pub(super) fn certainly_unresolved(&self, name: &str) -> bool {
        let declared_elsewhere = self.items.open
            || self.items.ambiguous.contains(name)
            || self.in_scope(|s| s.imports.contains_key(name))
            || PRELUDE_VALUES.contains(&name)
            || self
                .items
                .enums
                .values()
                .any(|vs| vs.iter().any(|(v, _)| v == name));
        name.starts_with(|c: char| c.is_ascii_lowercase()) && !declared_elsewhere
    }

    /// A path of several segments: an enum variant, an associated item, a std constant.
    fn qualified(&mut self, path: &ast::Path, names: &[&str]) -> Ty {
        let (owner, last) = (names[names.len() - 2], names[names.len() - 1]);
        if let Some(variants) = self.items.enums.get(owner) {
            if let Some((_, FieldTys::Unit)) = variants.iter().find(|(v, _)| v == last) {
                return Ty::named(owner);
            }
            return self.give_up();
        }
        let owner_name = if owner == "Self" {
            match &self.self_ty {
                Some(Ty::Adt(name, _)) => name.clone(),
                _ => return self.give_up(),
            }
        } else {
            owner.to_string()
        };
        if let Some(sig) = self
            .items
            .methods
            .get(&(owner_name.clone(), last.to_string()))
        {
            let mut params = sig.params.clone();
            if sig.receiver.is_some() {
                params.insert(0, Ty::Unknown);
            }
            return Ty::Fn(params, Box::new(sig.ret.clone()));
        }
        if let Some(ty) = self.items.consts.get(&format!("{owner_name}::{last}")) {
            return ty.clone();
        }
        if let Some(int) = IntType::from_name(owner) {
            match last {
                "MAX" | "MIN" => return Ty::Int(int),
                "BITS" => return Ty::Int(IntType::U32),
                _ => {}
            }
        }
        self.undeclared_root(path);
        self.give_up()
    }

    /// E0433 when a path starts with a capitalised name, or a std or futures module's name,
    /// that nothing declares or imports.
    pub(super) fn undeclared_root(&mut self, path: &ast::Path) {
        let Some(first) = path.segments.first() else {
            return;
        };
        let name = first.ident.name.as_str();
        let capitalised = name.starts_with(|c: char| c.is_ascii_uppercase());
        let declared = self.items.user_types.iter().any(|t| t == name)
            || self.items.traits.contains_key(name)
            || self.items.generic_params.contains(name)
            || self.items.modules.contains(name)
            || self.in_scope(|s| s.imports.contains_key(name))
            || KNOWN_ROOTS.contains(&name);
        if declared || self.items.open {
            return;
        }
        if capitalised {
            let d = self.report.undeclared_type(first.ident.span, name);
            self.fragile(d);
        } else if scope::STD_MODULES.contains(&name) {
            let d = self.report.undeclared_module(first.ident.span, name);
            self.fragile(d);
        }
    }

    /// Records a use of local `index`: it is read, captured by the frames it is outside of,
    /// and moved when used by value and its type moves. Using it after a move is E0382.
    pub(super) fn use_local(&mut self, index: usize, span: Span, moving: bool) -> Ty {
        for frame in self.frames.iter_mut().rev() {
            if index >= frame.first_local {
                break;
            }
            if !frame.captures.iter().any(|&(i, _)| i == index) {
                frame.captures.push((index, span));
            }
        }
        self.loop_use(index, span, moving, false);
        let local = &mut self.locals.all[index];
        local.used = true;
        let (name, ty, moved) = (local.name.clone(), local.ty.clone(), local.moved);
        if moved.is_some() {
            self.locals.all[index].moved = None;
            // A `move` closure or block uses what it captures where it is written.
            let taker = self
                .frames
                .iter()
                .find(|f| f.is_move && index < f.first_local);
            let (at, moving) = taker.map_or((span, moving), |f| (f.span, true));
            let d = self.report.use_after_move(at, &name, !moving);
            self.fragile(d);
        } else if moving && self.copyness(&ty) == Copyness::Move {
            self.locals.all[index].moved = Some(span);
        }
        ty
    }

    /// A range of numbers, `Range<T>` (`RangeInclusive`, `RangeFrom`); other ranges are
    /// `Unknown`.
    fn range(&mut self, start: Option<&Expr>, end: Option<&Expr>, inclusive: bool) -> Ty {
        let bounds: Vec<Ty> = [start, end]
            .into_iter()
            .flatten()
            .map(|b| self.expr(b))
            .collect();
        let elem = match (bounds.as_slice(), end) {
            ([a, b], Some(end)) => {
                let numbers = self.same_numbers(a, b, end.span);
                (numbers && self.table.unifiable(a, b)).then(|| a.clone())
            }
            ([a], None) if start.is_some() && self.number(a).is_some() => Some(a.clone()),
            _ => None,
        };
        let kind = match (end.is_some(), inclusive) {
            (true, false) => "Range",
            (true, true) => "RangeInclusive",
            (false, _) => "RangeFrom",
        };
        match elem {
            Some(elem) if !self.items.user_types.iter().any(|t| t == kind) => {
                Ty::generic(kind, vec![elem])
            }
            _ => self.give_up_on(&bounds),
        }
    }

    /// The items a `for` loop over a value of `iter` binds: a range's numbers, a vector's or
    /// array's elements (borrowed when the vector is); `Unknown` for any other iterator.
    fn iterated(&mut self, iter: &Ty) -> Ty {
        let element = |ty: &Ty| match ty {
            Ty::Adt(name, args) if name == "Vec" => args.first().cloned(),
            Ty::Array(elem, _) => Some((**elem).clone()),
            _ => None,
        };
        let item = match self.table.deep(iter) {
            Ty::Adt(name, args)
                if matches!(name.as_str(), "Range" | "RangeInclusive" | "RangeFrom")
                    && !self.items.user_types.contains(&name) =>
            {
                args.first().cloned()
            }
            Ty::Array(_, None) => None,
            Ty::Ref(mutable, inner) => element(&inner).map(|e| Ty::Ref(mutable, Box::new(e))),
            owned => element(&owned),
        };
        item.unwrap_or_else(|| self.give_up_on(std::slice::from_ref(iter)))
    }

    /// Reports a diagnostic that holds only if the body has no unmodeled node.
    pub(super) fn fragile(&mut self, diagnostic: crate::script::Diagnostic) {
        self.fragile.push(diagnostic);
    }

    /// The type of field `name` of a value of type `base`.
    fn field(&mut self, base: &Ty, name: &str) -> Ty {
        let base = self.table.deep(base);
        let Ty::Adt(owner, _) = base.peel_refs() else {
            return self.give_up();
        };
        match self.items.structs.get(owner) {
            Some(FieldTys::Named(fields)) => match fields.iter().find(|(n, _)| n == name) {
                Some((_, ty)) => ty.clone(),
                None => self.give_up(),
            },
            _ => self.give_up(),
        }
    }

    /// `base[index]`: a constant index past an array's end is rustc's `unconditional_panic`.
    fn index(&mut self, base: &Expr, index: &Expr) -> Ty {
        let base_ty = self.place(base);
        let index_ty = self.expr(index);
        let base_ty = self.table.deep(&base_ty);
        match base_ty.peel_refs() {
            Ty::Array(elem, len) => {
                if !self.table.unify(&index_ty, &Ty::Int(IntType::Usize)) {
                    self.index_not_usize(index, &index_ty, elem);
                    // A range (a sub-slice) or an index type the checker does not follow.
                    return self.give_up_on(&[index_ty]);
                }
                if let (Some(len), Some(at)) = (len, super::lints::constant(index)) {
                    if at >= i128::from(*len) {
                        let d = self.report.lint(
                            index.span,
                            format!(
                                "this operation will panic at runtime: index out of bounds: the length is {len} but the index is {at}"
                            ),
                        );
                        self.error(d);
                    }
                }
                (**elem).clone()
            }
            Ty::Adt(name, args) if name == "Vec" => {
                let elem = args.first().cloned().unwrap_or(Ty::Unknown);
                if self.table.unify(&index_ty, &Ty::Int(IntType::Usize)) {
                    elem
                } else {
                    self.index_not_usize(index, &index_ty, &elem);
                    self.give_up_on(&[index_ty])
                }
            }
            _ => self.give_up_on(&[index_ty, base_ty]),
        }
    }

    /// E0277 when a slice, array or vector of `elem` is indexed by an integer of another type
    /// than `usize` (a range or another index type may be fine: those are let through).
    fn index_not_usize(&mut self, index: &Expr, index_ty: &Ty, elem: &Ty) {
        if let Ty::Int(int) = self.table.shallow(index_ty) {
            let indexed = format!("[{}]", self.table.show(elem));
            let d = self
                .report
                .index_not_usize(index.span, &indexed, int.name());
            self.error(d);
        }
    }

    /// Checks that a condition is a `bool`.
    pub(super) fn expect_bool(&mut self, cond: &Expr, ty: &Ty) {
        if matches!(cond.kind, ExprKind::Let { .. }) {
            return;
        }
        self.coerce_at(cond.span, &Ty::Bool, ty);
    }

    fn if_expr(&mut self, cond: &Expr, then: &ast::Block, otherwise: Option<&Expr>) -> Ty {
        self.locals.push_scope();
        let outer = std::mem::take(&mut self.pattern_moves);
        let cond_ty = self.expr(cond);
        let moves = std::mem::replace(&mut self.pattern_moves, outer);
        self.expect_bool(cond, &cond_ty);
        let mut then_branch = |c: &mut Self| {
            for &(index, at) in &moves {
                c.locals.all[index].moved = Some(at);
            }
            c.block(then)
        };
        let Some(otherwise) = otherwise else {
            let (_, _) = self.branches(&mut then_branch, &mut |_| Ty::unit());
            self.locals.pop_scope();
            return Ty::unit();
        };
        let (a, b) = self.branches(&mut then_branch, &mut |c| {
            c.locals.pop_scope();
            c.locals.push_scope();
            c.expr(otherwise)
        });
        self.locals.pop_scope();
        if self.table.unifiable(&a, &b) {
            self.table.unify(&a, &b);
            return if matches!(self.table.shallow(&a), Ty::Never) {
                b
            } else {
                a
            };
        }
        if self.decided(&a) && self.decided(&b) {
            let at = match &otherwise.kind {
                ExprKind::Block(block) => block.tail.as_ref().map_or(otherwise.span, |t| t.span),
                _ => otherwise.span,
            };
            let d = self
                .report
                .incompatible(&self.table, at, "`if` and `else`", &a, &b);
            self.error(d);
        }
        Ty::Unknown
    }

    fn match_expr(&mut self, scrutinee: &Expr, arms: &[ast::Arm]) -> Ty {
        let scrutinee_ty = self.place(scrutinee);
        let before = self.locals.moves();
        let mut after: Option<Vec<Option<Span>>> = None;
        let mut result: Option<Ty> = None;
        for arm in arms {
            self.locals.set_moves(&before);
            self.locals.push_scope();
            let first = self.locals.all.len();
            self.bind(&arm.pat, &scrutinee_ty);
            if let Some((index, at)) = self.moved_by_pattern(scrutinee, &scrutinee_ty, first) {
                self.locals.all[index].moved = Some(at);
            }
            if let Some(guard) = &arm.guard {
                self.expr(guard);
            }
            let ty = self.expr(&arm.body);
            self.locals.pop_scope();
            if !matches!(self.table.shallow(&ty), Ty::Never) {
                let moves = self.locals.moves();
                after = Some(match after {
                    Some(prev) => super::locals::merge_moves(&prev, &moves),
                    None => moves,
                });
            }
            result = Some(match result {
                None => ty,
                Some(prev) => self.arm_type(prev, ty, &arm.body),
            });
        }
        self.locals.set_moves(&after.unwrap_or(before));
        result.unwrap_or(Ty::Never)
    }

    /// A pattern matched against a local by value moves what it binds by value out of it
    /// (`Some(name)` of an `Option<String>`): the local, and where it is (partly) moved.
    /// `first` is the first local the pattern declared.
    fn moved_by_pattern(&self, scrutinee: &Expr, ty: &Ty, first: usize) -> Option<(usize, Span)> {
        let index = self.plain_local(scrutinee)?;
        // Only an enum: the fields a struct or tuple pattern did not move stay usable, and
        // the checker follows moves of whole locals only.
        let is_enum = match self.table.shallow(ty) {
            Ty::Adt(name, _) => {
                matches!(name.as_str(), "Option" | "Result") || self.items.enums.contains_key(&name)
            }
            _ => false,
        };
        if !is_enum || index >= first {
            return None;
        }
        self.locals.all[first..]
            .iter()
            .find(|l| self.copyness(&l.ty) == Copyness::Move)
            .map(|l| (index, l.span))
    }

    /// The type of a `match` so far, with one more arm.
    fn arm_type(&mut self, prev: Ty, ty: Ty, body: &Expr) -> Ty {
        if matches!(self.table.shallow(&prev), Ty::Never) {
            return ty;
        }
        if self.table.unifiable(&prev, &ty) {
            self.table.unify(&prev, &ty);
            return prev;
        }
        if self.decided(&prev) && self.decided(&ty) {
            let d = self
                .report
                .incompatible(&self.table, body.span, "`match` arms", &prev, &ty);
            self.error(d);
        }
        Ty::Unknown
    }

    fn struct_literal(
        &mut self,
        path: &ast::Path,
        fields: &[ast::FieldInit],
        base: &Option<Box<Expr>>,
    ) -> Ty {
        let names: Vec<&str> = path
            .segments
            .iter()
            .map(|s| s.ident.name.as_str())
            .collect();
        let declared = self.struct_fields(path);
        for field in fields {
            let ty = self.expr(&field.value);
            if let Some((_, expected)) = declared.iter().find(|(n, _)| *n == field.name.name) {
                let expected = expected.clone();
                self.coerce_at(field.value.span, &expected, &ty);
            }
        }
        if let Some(base) = base {
            self.expr(base);
        }
        match names.as_slice() {
            [name] if self.items.structs.contains_key(*name) => Ty::named(name),
            [owner, _] if self.items.enums.contains_key(*owner) => Ty::named(owner),
            _ => {
                self.undeclared_root(path);
                self.give_up()
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, operand: &Expr, span: Span) -> Ty {
        match op {
            UnaryOp::Ref | UnaryOp::RefMut => {
                let mutable = op == UnaryOp::RefMut;
                if mutable {
                    self.borrow_mut_check(operand, span);
                }
                let inner = self.place(operand);
                Ty::Ref(mutable, Box::new(inner))
            }
            UnaryOp::Deref => {
                let inner = self.place(operand);
                match self.table.shallow(&inner) {
                    Ty::Ref(_, inner) => *inner,
                    Ty::Adt(name, args) if name == "Box" || name == "Rc" => {
                        args.first().cloned().unwrap_or(Ty::Unknown)
                    }
                    _ => self.give_up_on(&[inner]),
                }
            }
            UnaryOp::Neg => {
                let ty = match &operand.kind {
                    ExprKind::Lit(lit) => self.literal(lit, operand.span, true),
                    _ => self.expr(operand),
                };
                self.negation(span, &ty);
                ty
            }
            UnaryOp::Not => self.expr(operand),
        }
    }
}

/// Whether `from`, behind a reference, derefs to `to` (`&String` to `&str`, `&Vec<T>` to
/// `&[T]`, through `Box` and `Rc`), or may through a type the checker does not know.
fn derefs_to(from: &Ty, to: &Ty) -> bool {
    match (from, to) {
        (Ty::Adt(name, _), Ty::Str) => name == "String",
        (Ty::Adt(name, _), Ty::Array(_, None)) => name == "Vec",
        // `&[T; N]` unsizes to `&[T]`, which another length may also have become.
        (Ty::Array(_, Some(_)), Ty::Array(..)) => true,
        (Ty::Adt(name, _), _) => !matches!(name.as_str(), "String" | "Vec" | "Option" | "Result"),
        (Ty::Ref(_, inner), _) => derefs_to(inner, to) || **inner == *to,
        (Ty::Unknown | Ty::Var(_), _) | (_, Ty::Unknown | Ty::Var(_)) => true,
        _ => false,
    }
}
