//! Checking bodies: a function's parameters and return type, blocks and statements, `let`
//! with its annotation, patterns binding locals, closures and `async` blocks as frames, and
//! the warnings about values a statement drops. It must never reject a pattern or statement
//! it does not model; it marks the body unmodeled instead.

use super::items::FieldTys;
use super::locals::{merge_moves, Frame, FrameKind, Local};
use super::ty::{Copyness, Ty};
use super::Checker;
use crate::script::ast::{self, Block, Expr, Param, PatKind, Pattern, SelfKind, Span, Stmt};

impl Checker<'_> {
    /// Checks a whole function or method.
    pub(super) fn function(&mut self, decl: &ast::FnDecl) {
        let sig = self.items.signature(decl, self.self_ty.as_ref());
        let (kind, ret) = match sig.ret {
            Ty::Future(out, _) if decl.is_async => (FrameKind::AsyncFn, *out),
            ret => (FrameKind::Fn, ret),
        };
        self.locals.push_scope();
        let mut params = sig.params.into_iter();
        for param in &decl.params {
            match param {
                Param::SelfParam { kind, span } => {
                    let self_ty = self.self_ty.clone().unwrap_or(Ty::Unknown);
                    let (ty, mutable) = match kind {
                        SelfKind::Value => (self_ty, false),
                        SelfKind::MutValue => (self_ty, true),
                        SelfKind::Ref => (Ty::Ref(false, Box::new(self_ty)), false),
                        SelfKind::RefMut => (Ty::Ref(true, Box::new(self_ty)), false),
                        SelfKind::Typed(_) => (Ty::Unknown, false),
                    };
                    self.declare("self", ty, mutable, *span);
                }
                Param::Typed { pat, .. } => {
                    let ty = params.next().unwrap_or(Ty::Unknown);
                    self.bind(pat, &ty);
                }
            }
        }
        self.frames.push(Frame {
            kind,
            ret: ret.clone(),
            first_local: 0,
            captures: Vec::new(),
            is_move: false,
            span: decl.body.span,
            questions: Vec::new(),
        });
        let body_ty = self.block(&decl.body);
        self.frames.pop();
        self.expect_body(
            &decl.body,
            &ret,
            &body_ty,
            decl.ret.as_ref().map(|t| t.span),
        );
    }

    /// Checks that a body's value is what its function returns.
    fn expect_body(&mut self, body: &Block, ret: &Ty, found: &Ty, ret_span: Option<Span>) {
        match (&body.tail, ret_span) {
            (Some(tail), _) => self.coerce_at(tail.span, ret, found),
            (None, Some(span)) => {
                let found = self.table.shallow(found);
                if found.is_unit() && self.known(ret) && !self.table.unifiable(ret, &found) {
                    let d = self.report.mismatch(&self.table, span, ret, &found);
                    self.error(d.note(
                        "implicitly returns `()` as its body has no tail or `return` expression",
                    ));
                }
            }
            (None, None) => {}
        }
    }

    /// Whether the checker knows `ty` well enough to reject on it.
    pub(super) fn known(&self, ty: &Ty) -> bool {
        !matches!(self.table.shallow(ty), Ty::Unknown | Ty::Var(_) | Ty::Never)
    }

    /// Whether `ty` is known not to be a reference (a number literal's type is, before it is
    /// fixed).
    pub(super) fn known_value(&self, ty: &Ty) -> bool {
        match self.table.shallow(ty) {
            Ty::Var(_) => self.literal_var(ty),
            Ty::Ref(..) => false,
            other => self.known(&other),
        }
    }

    /// Declares a local binding.
    pub(super) fn declare(&mut self, name: &str, ty: Ty, mutable: bool, span: Span) {
        self.locals.declare(Local {
            name: name.to_string(),
            ty,
            mutable,
            initialized: true,
            span,
            used: false,
            moved: None,
            opaque_use: None,
            borrow_of: None,
            async_block: None,
        });
    }

    /// Checks a block; its type is its tail's, `!` when a statement diverges.
    pub(super) fn block(&mut self, block: &Block) -> Ty {
        self.block_depth += 1;
        self.locals.push_scope();
        let mut diverges = false;
        for stmt in &block.stmts {
            diverges |= self.stmt(stmt);
        }
        let ty = match &block.tail {
            Some(tail) => self.expr(tail),
            None => Ty::unit(),
        };
        self.locals.pop_scope();
        self.block_depth -= 1;
        if diverges && block.tail.is_none() {
            Ty::Never
        } else {
            ty
        }
    }

    /// Checks a statement; `true` when it never finishes (`return`, `panic!`, ...).
    fn stmt(&mut self, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Let { pat, ty, init, .. } => {
                if let Some(ty) = ty {
                    self.annotation_names(ty);
                }
                let declared = ty
                    .as_ref()
                    .map(|t| self.items.lower(t, &[], self.self_ty.as_ref()));
                // A struct pattern moves only the fields it binds by value; the checker follows
                // moves of whole locals only, so the rest stays usable.
                let destructures = matches!(pat.kind, PatKind::Struct { .. });
                let found = (init.as_ref()).map(|e| match destructures {
                    true => self.place(e),
                    false => self.expr(e),
                });
                let ty = match (declared, found) {
                    (Some(declared), Some(found)) => {
                        if let Some(init) = init {
                            self.coerce_at(init.span, &declared, &found);
                        }
                        declared
                    }
                    (Some(declared), None) => declared,
                    (None, Some(found)) => found,
                    (None, None) => self.table.fresh(super::infer::VarKind::General),
                };
                let first = self.locals.all.len();
                self.bind(pat, &ty);
                if let Some(init) = init {
                    self.note_held(pat, init);
                }
                if init.is_none() {
                    for local in &mut self.locals.all[first..] {
                        local.initialized = false;
                    }
                }
                false
            }
            Stmt::Expr { expr, semi } => {
                let ty = self.expr(expr);
                if *semi {
                    self.dropped_value(expr, &ty);
                }
                matches!(self.table.shallow(&ty), Ty::Never)
                    || matches!(expr.kind, ast::ExprKind::Loop { .. })
            }
            // An item among a function body's statements is collected with the program's
            // (`items::all_items`). One deeper in (in a closure, a loop) is not, and it is seen
            // in its whole block: names may come from it, so none is called unresolved.
            Stmt::Item(_) => {
                if self.block_depth > 1 {
                    self.unmodeled = true;
                }
                false
            }
        }
    }

    /// Warns when a statement drops a future or a `Result` (rustc's `unused_must_use`).
    fn dropped_value(&mut self, expr: &Expr, ty: &Ty) {
        let warning = match self.table.shallow(ty) {
            Ty::Future(..) => self.report.unused_future(expr.span),
            Ty::Adt(name, _) if name == "Result" => self.report.unused_result(expr.span),
            _ => return,
        };
        self.error(warning);
    }

    /// Binds the names of `pat`, matched against a value of type `ty`.
    pub(super) fn bind(&mut self, pat: &Pattern, ty: &Ty) {
        let ty = self.table.shallow(ty);
        match &pat.kind {
            PatKind::Wild | PatKind::Rest | PatKind::Lit { .. } | PatKind::Range { .. } => {}
            PatKind::Path(_) => {}
            PatKind::Binding {
                name,
                mutable,
                by_ref,
                sub,
            } => {
                let bound = if *by_ref { Ty::Unknown } else { ty.clone() };
                if let Some(sub) = sub {
                    self.bind(sub, &ty);
                }
                self.declare(&name.name, bound, *mutable, name.span);
            }
            PatKind::Tuple(pats) => {
                let elems = match &ty {
                    Ty::Tuple(items) if items.len() == pats.len() => items.clone(),
                    Ty::Tuple(_) if !pats.iter().any(|p| matches!(p.kind, PatKind::Rest)) => {
                        let found = Ty::Tuple(vec![Ty::Unknown; pats.len()]);
                        let d = self.report.mismatch(&self.table, pat.span, &ty, &found);
                        self.error(d);
                        vec![Ty::Unknown; pats.len()]
                    }
                    _ => vec![Ty::Unknown; pats.len()],
                };
                for (p, t) in pats.iter().zip(&elems) {
                    self.bind(p, t);
                }
            }
            PatKind::TupleStruct { path, elems } => {
                let tys = self.variant_fields(path, &ty, elems.len());
                for (p, t) in elems.iter().zip(&tys) {
                    self.bind(p, t);
                }
            }
            PatKind::Struct { fields, path, .. } => {
                let named = self.struct_fields(path);
                for field in fields {
                    let t = named
                        .iter()
                        .find(|(n, _)| *n == field.name.name)
                        .map_or(Ty::Unknown, |(_, t)| t.clone());
                    self.bind(&field.pat, &t);
                }
            }
            PatKind::Or(alternatives) => {
                if let Some(first) = alternatives.first() {
                    self.bind(first, &ty);
                }
            }
            PatKind::Ref { pat, .. } => {
                let inner = match &ty {
                    Ty::Ref(_, inner) => (**inner).clone(),
                    _ => Ty::Unknown,
                };
                self.bind(pat, &inner);
            }
            #[allow(unreachable_patterns)]
            _ => self.unmodeled = true,
        }
    }

    /// The types of a tuple variant's or tuple struct's fields, matched against `ty`.
    fn variant_fields(&self, path: &ast::Path, ty: &Ty, count: usize) -> Vec<Ty> {
        let unknown = vec![Ty::Unknown; count];
        let Some(last) = path.segments.last() else {
            return unknown;
        };
        let known = match (last.ident.name.as_str(), ty) {
            ("Some", Ty::Adt(n, args)) if n == "Option" => args.first().cloned(),
            ("Ok", Ty::Adt(n, args)) if n == "Result" => args.first().cloned(),
            ("Err", Ty::Adt(n, args)) if n == "Result" => args.get(1).cloned(),
            (variant, Ty::Adt(n, _)) => self.items.enums.get(n).and_then(|variants| {
                variants
                    .iter()
                    .find(|(v, _)| v == variant)
                    .and_then(|(_, f)| match f {
                        FieldTys::Tuple(tys) if tys.len() == 1 => Some(tys[0].clone()),
                        _ => None,
                    })
            }),
            _ => None,
        };
        match known {
            Some(t) if count == 1 => vec![t],
            _ => unknown,
        }
    }

    /// The named fields of the struct (or struct variant) a path names.
    pub(super) fn struct_fields(&self, path: &ast::Path) -> Vec<(String, Ty)> {
        let names: Vec<&str> = path
            .segments
            .iter()
            .map(|s| s.ident.name.as_str())
            .collect();
        let fields = match names.as_slice() {
            [name] => self.items.structs.get(*name),
            [owner, variant] => self
                .items
                .enums
                .get(*owner)
                .and_then(|vs| vs.iter().find(|(v, _)| v == variant).map(|(_, f)| f)),
            _ => None,
        };
        match fields {
            Some(FieldTys::Named(named)) => named.clone(),
            _ => Vec::new(),
        }
    }

    /// Checks a closure; its type is a function of its parameters. An unannotated parameter
    /// takes its type from `hints` (what the callee's signature passes it), if any.
    pub(super) fn closure(
        &mut self,
        is_move: bool,
        (params, hints): (&[ast::ClosureParam], &[Ty]),
        ret: Option<&ast::Type>,
        body: &Expr,
        span: Span,
    ) -> Ty {
        let ret = ret.map_or_else(
            || self.table.fresh(super::infer::VarKind::General),
            |t| self.items.lower(t, &[], self.self_ty.as_ref()),
        );
        self.locals.push_scope();
        let first_local = self.locals.all.len();
        let mut param_tys = Vec::new();
        for (i, param) in params.iter().enumerate() {
            let ty = match (&param.ty, hints.get(i)) {
                (Some(t), _) => self.items.lower(t, &[], self.self_ty.as_ref()),
                (None, Some(hint)) => hint.clone(),
                (None, None) => self.table.fresh(super::infer::VarKind::General),
            };
            self.bind(&param.pat, &ty);
            param_tys.push(ty);
        }
        self.frames.push(Frame {
            kind: FrameKind::Closure,
            ret: ret.clone(),
            first_local,
            captures: Vec::new(),
            is_move,
            span,
            questions: Vec::new(),
        });
        let found = self.expr(body);
        let frame = self.frames.pop();
        self.locals.pop_scope();
        self.coerce_at(body.span, &ret, &found);
        if let Some(frame) = frame {
            self.captured(&frame, (Vec::new(), vec![body]), body.span);
            self.questions_in_closure(&frame.questions, &ret);
        }
        Ty::Fn(param_tys, Box::new(ret))
    }

    /// Checks an `async` block; its type is a future of its value.
    pub(super) fn async_block(&mut self, is_move: bool, body: &Block, span: Span) -> Ty {
        let ret = self.table.fresh(super::infer::VarKind::General);
        self.frames.push(Frame {
            kind: FrameKind::AsyncBlock,
            ret: ret.clone(),
            first_local: self.locals.all.len(),
            captures: Vec::new(),
            is_move,
            span,
            questions: Vec::new(),
        });
        let found = self.block(body);
        let frame = self.frames.pop();
        self.coerce_at(body.span, &ret, &found);
        if let Some(frame) = frame {
            self.captured(&frame, (vec![body], Vec::new()), span);
            self.captures.insert(span.start, frame.captures);
        }
        Ty::Future(Box::new(ret), true)
    }

    /// A `move` closure or block takes its captures: those that move are moved into it, but
    /// of a local that its body (`blocks` and `exprs`) names only through fields, just those
    /// fields, and the rest stays usable (the checker does not follow a moved field).
    fn captured(&mut self, frame: &Frame, (blocks, exprs): (Vec<&Block>, Vec<&Expr>), span: Span) {
        if !frame.is_move {
            return;
        }
        let by_field = crate::script::walk::used_by_field_only(blocks, exprs);
        for &(index, _) in &frame.captures {
            if by_field.contains(&self.locals.all[index].name) {
                continue;
            }
            let copy = self.copyness(&self.locals.all[index].ty.clone());
            if copy == Copyness::Move {
                self.locals.all[index].moved = Some(span);
            }
        }
    }

    /// Whether `ty` is a number literal's type not fixed yet (`{integer}`, `{float}`).
    pub(super) fn literal_var(&self, ty: &Ty) -> bool {
        matches!(self.table.shallow(ty), Ty::Var(v) if self.table.kind(v) != super::infer::VarKind::General)
    }

    /// Whether `ty` is decided enough to be told apart from another type: known, or a number
    /// literal's.
    pub(super) fn decided(&self, ty: &Ty) -> bool {
        self.known(ty) || self.literal_var(ty)
    }

    /// Whether values of `ty` are copied or moved.
    pub(super) fn copyness(&self, ty: &Ty) -> Copyness {
        if self.literal_var(ty) {
            return Copyness::Copy;
        }
        let ty = self.table.deep(ty);
        ty.copyness(&self.items.copy_types, &self.items.user_types)
    }

    /// Checks two branches from the same moves, leaving the moves of either (a branch that
    /// never finishes moves nothing after it).
    pub(super) fn branches(
        &mut self,
        first: &mut dyn FnMut(&mut Self) -> Ty,
        second: &mut dyn FnMut(&mut Self) -> Ty,
    ) -> (Ty, Ty) {
        let before = self.locals.moves();
        let a = first(self);
        let after_a = self.locals.moves();
        self.locals.set_moves(&before);
        let b = second(self);
        let after_b = self.locals.moves();
        let a_ends = matches!(self.table.shallow(&a), Ty::Never);
        let b_ends = matches!(self.table.shallow(&b), Ty::Never);
        let merged = match (a_ends, b_ends) {
            (true, false) => after_b,
            (false, true) => after_a,
            _ => merge_moves(&after_a, &after_b),
        };
        self.locals.set_moves(&merged);
        (a, b)
    }
}
