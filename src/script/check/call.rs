//! Checking calls: program functions and constructors (argument count and types), std and
//! prelude functions from the environment, methods (receiver mutability and moves, E0599),
//! `.await`, `?`, macros, assignments, and the spawn and `select` rules. It must never reject
//! a call it has no signature for: those are `Unknown`.

use super::env::{self, TRY_FUTURE_METHODS};
use super::infer::VarKind;
use super::items::{FieldTys, FnSig, Receiver};
use super::locals::FrameKind;
use super::ty::{Copyness, Ty};
use super::Checker;
use crate::script::ast::{
    self, ArgRef, Expr, ExprKind, FormatArgs, FormatPiece, FormatTrait, MacroArgs, MacroCall, Span,
    UnaryOp,
};

/// Methods every type has through blanket impls or the derives the checker models.
const UNIVERSAL_METHODS: &[&str] = &[
    "clone",
    "clone_from",
    "eq",
    "ne",
    "fmt",
    "into",
    "try_into",
    "borrow",
    "borrow_mut",
    "type_id",
    "to_owned",
];

impl Checker<'_> {
    /// Checks `callee(args)`.
    pub(super) fn call(&mut self, callee: &Expr, args: &[Expr]) -> Ty {
        let ExprKind::Path(path) = &callee.kind else {
            let callee_ty = self.place(callee);
            return self.call_value(&callee_ty, args);
        };
        let names: Vec<String> = path.segments.iter().map(|s| s.ident.name.clone()).collect();
        if let [name] = names.as_slice() {
            if let Some(index) = self.locals.find(name) {
                let callee_ty = self.use_local(index, callee.span, false);
                return self.call_value(&callee_ty, args);
            }
            if let Some(sig) = self.items.fns.get(name).cloned() {
                return self.call_sig(&sig, Some(name), args, callee.span, "function");
            }
            match name.as_str() {
                "Some" | "Ok" | "Err" if args.len() == 1 => {
                    let inner = self.expr(&args[0]);
                    let other = self.table.fresh(VarKind::General);
                    return match name.as_str() {
                        "Some" => Ty::option(inner),
                        "Ok" => Ty::generic("Result", vec![inner, other]),
                        _ => Ty::generic("Result", vec![other, inner]),
                    };
                }
                _ => {}
            }
            if let Some(FieldTys::Tuple(fields)) = self.items.structs.get(name).cloned() {
                self.fields_args(&fields, args);
                return Ty::named(name);
            }
        }
        if let [owner, variant] = names.as_slice() {
            if let Some(variants) = self.items.enums.get(owner).cloned() {
                if let Some((_, FieldTys::Tuple(fields))) =
                    variants.iter().find(|(v, _)| v == variant)
                {
                    self.fields_args(fields, args);
                    return Ty::named(owner);
                }
            }
            if let Some(sig) = self.associated(owner, variant) {
                return self.call_sig(&sig, None, args, callee.span, "function");
            }
        }
        self.external_call(path, &names, args)
    }

    /// A call to a function the program does not define: the environment's signature, or
    /// `Unknown`; then the spawn and `select` rules.
    fn external_call(&mut self, path: &ast::Path, names: &[String], args: &[Expr]) -> Ty {
        if names.len() > 1 {
            self.undeclared_root(path);
        }
        let arg_tys: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
        if let [name] = names {
            // A built-in function named alone needs its `use`, as any other.
            if self.certainly_unresolved(name) {
                let d = self.report.unresolved(path.span, "function", name);
                self.fragile(d);
                return self.give_up_on(&arg_tys);
            }
        }
        let mut full = names.to_vec();
        if let Some(import) = self.import_path(&names[0]) {
            full.splice(0..1, import.iter().cloned());
        }
        let last = full.last().map_or("", |s| s.as_str()).to_string();
        let owner = full
            .len()
            .checked_sub(2)
            .map_or("", |i| full[i].as_str())
            .to_string();
        if matches!((owner.as_str(), last.as_str()), ("" | "prelude", "spawn")) && args.len() == 2 {
            self.spawned(&args[1]);
        }
        if matches!((owner.as_str(), last.as_str()), ("" | "future", "select")) {
            for (arg, ty) in args.iter().zip(&arg_tys) {
                self.needs_unpin(arg, ty);
            }
        }
        // `Pin::new` asks the same of what its pointer points to: `Pin::new(&mut fut)` of an
        // `async` block's future is rustc's E0277, where `Box::pin` or `pin!` was meant.
        if (owner.as_str(), last.as_str()) == ("Pin", "new") {
            if let ([arg], [ty]) = (args, arg_tys.as_slice()) {
                match (&arg.kind, self.table.shallow(ty)) {
                    (
                        ExprKind::Unary {
                            op: UnaryOp::Ref | UnaryOp::RefMut,
                            expr,
                        },
                        Ty::Ref(_, pointee),
                    ) => self.needs_unpin(expr, &pointee),
                    _ => self.needs_unpin(arg, ty),
                }
            }
        }
        if let Some(ty) = env::free_fn(&mut self.table, &full, &arg_tys) {
            // `Vec::<u32>::new()`: the turbofish names the element type.
            if let ([vec, _], Some(ast::GenericArg::Type(elem))) = (
                names,
                path.segments.first().and_then(|s| s.generics.first()),
            ) {
                if vec == "Vec" && ty.is_named("Vec") {
                    let elem = self.items.lower(elem, &[], self.self_ty.as_ref());
                    self.table.unify(&ty, &Ty::generic("Vec", vec![elem]));
                }
            }
            return ty;
        }
        self.give_up_on(&arg_tys)
    }

    /// A method or associated function `Type::name` of the program.
    fn associated(&self, owner: &str, name: &str) -> Option<FnSig> {
        let owner = match owner {
            "Self" => match &self.self_ty {
                Some(Ty::Adt(n, _)) => n.clone(),
                _ => return None,
            },
            other => other.to_string(),
        };
        let mut sig = self.items.methods.get(&(owner, name.to_string()))?.clone();
        if sig.receiver.is_some() {
            sig.params.insert(0, Ty::Unknown);
        }
        Some(sig)
    }

    /// Calls a value of function type (a closure, a function item in a local).
    fn call_value(&mut self, callee: &Ty, args: &[Expr]) -> Ty {
        let arg_tys: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
        match self.table.shallow(callee) {
            Ty::Fn(params, ret) if params.len() == args.len() => {
                for ((param, arg), ty) in params.iter().zip(args).zip(&arg_tys) {
                    self.coerce_at(arg.span, param, ty);
                }
                *ret
            }
            _ => {
                arg_tys.iter().for_each(|t| self.table.forget(t));
                self.give_up()
            }
        }
    }

    /// Checks a call against a program signature: argument count (E0061), types (E0308) and,
    /// for the free function `generic`, its generic parameters' bounds (E0277).
    fn call_sig(
        &mut self,
        sig: &FnSig,
        generic: Option<&str>,
        args: &[Expr],
        at: Span,
        what: &str,
    ) -> Ty {
        if sig.params.len() != args.len() {
            let d = self
                .report
                .arg_count(at, what, sig.params.len(), args.len());
            self.error(d);
        }
        // A generic function's parameters and result, with its generic parameters inferred
        // at this call; the signature has them `Unknown`.
        let (generic_params, ret) = match generic
            .and_then(|name| self.impls.instantiate(self.items, &mut self.table, name))
        {
            Some((params, ret)) => (params, ret),
            None => (Vec::new(), sig.ret.clone()),
        };
        let mut arg_tys = Vec::new();
        for (i, arg) in args.iter().enumerate() {
            let ty = self.expr(arg);
            let param = generic_params.get(i).cloned().flatten();
            if let Some(param) = param.as_ref().or(sig.params.get(i)) {
                self.coerce_at(arg.span, param, &ty);
            }
            arg_tys.push(ty);
        }
        if let Some(name) = generic {
            for (index, bounds) in self.impls.bounds_of(name) {
                let (Some(arg), Some(ty)) = (args.get(*index), arg_tys.get(*index)) else {
                    continue;
                };
                let ty = self.table.deep(ty).peel_refs().clone();
                if let Some(bound) = bounds.iter().find(|b| self.impls.lacks(self.items, &ty, b)) {
                    let d = self
                        .report
                        .unmet_bound(arg.span, &self.table.show(&ty), bound);
                    self.error(d);
                }
            }
        }
        ret
    }

    /// Checks constructor arguments against tuple fields.
    fn fields_args(&mut self, fields: &[Ty], args: &[Expr]) {
        for (i, arg) in args.iter().enumerate() {
            let ty = self.expr(arg);
            if let Some(field) = fields.get(i) {
                self.coerce_at(arg.span, field, &ty);
            }
        }
    }

    /// Checks `receiver.method(args)`.
    pub(super) fn method_call(
        &mut self,
        receiver: &Expr,
        (method, turbofish): (&ast::Ident, &[ast::GenericArg]),
        args: &[Expr],
    ) -> Ty {
        let ty = self.method_call_typed(receiver, (method, turbofish), args);
        if let ("push" | "push_back", [item]) = (method.name.as_str(), args) {
            self.stored(receiver, item);
        }
        ty
    }

    /// The type of `receiver.method(args)`, after checking it.
    fn method_call_typed(
        &mut self,
        receiver: &Expr,
        (method, turbofish): (&ast::Ident, &[ast::GenericArg]),
        args: &[Expr],
    ) -> Ty {
        let recv_ty = self.place(receiver);
        let peeled = self.table.deep(&recv_ty).peel_refs().clone();
        let out_of_scope = self.extension_out_of_scope(&peeled, method);
        if let ("spawn_local" | "spawn", [future]) = (method.name.as_str(), args) {
            // An executor's spawner (`LocalSpawnExt`, `LocalSpawner`) needs a `'static` future.
            self.expr(future);
            self.spawned(future);
            self.table.forget(&recv_ty);
            return self.give_up();
        }
        let name = method.name.as_str();
        if let Ty::Future(output, _) = &peeled {
            if !out_of_scope
                && TRY_FUTURE_METHODS.contains(&name)
                && self.known(output)
                && !output.is_named("Result")
            {
                let shown = format!("impl Future<Output = {}>", self.table.show(output));
                let d = self.report.not_try_future(method.span, name, &shown);
                self.error(d);
            }
        }
        if let Ty::Adt(owner, _) = &peeled {
            let key = (owner.clone(), name.to_string());
            if let Some(sig) = self.items.methods.get(&key).cloned() {
                if sig.receiver.is_some() {
                    return self.user_method(receiver, &recv_ty, &sig, method, args);
                }
            } else if self.items.closed_type(owner)
                && !UNIVERSAL_METHODS.contains(&name)
                && !self.items.blanket_methods.contains(name)
            {
                let kind = if self.items.enums.contains_key(owner) {
                    "enum"
                } else {
                    "struct"
                };
                let d = self.report.no_method(method.span, name, kind, owner);
                self.error(d);
            }
        }
        self.std_method_exists(&peeled, method);
        if let Some(ty) = self.std_generic_method(receiver, (&recv_ty, &peeled), method, args) {
            return ty;
        }
        let text = (matches!(peeled, Ty::Str) || peeled.is_named("String"))
            && !self.items.blanket_methods.contains(name);
        if let ("parse", true, [], [ast::GenericArg::Type(target)]) = (name, text, args, turbofish)
        {
            // `parse::<T>()` gives a `Result` of `T` (its error depends on `T`).
            let target = self.items.lower(target, &[], self.self_ty.as_ref());
            return Ty::generic("Result", vec![target, Ty::Unknown]);
        }
        let Some(sig) = env::method(&peeled, name) else {
            let combinator =
                TRY_FUTURE_METHODS.contains(&name) || env::FUTURE_BY_VALUE_METHODS.contains(&name);
            if matches!(peeled, Ty::Future(..)) && combinator {
                self.receiver_use(receiver, &recv_ty, Receiver::Value);
                if !out_of_scope {
                    if let Some(ty) = self.combinator(&peeled, method, args) {
                        return ty;
                    }
                }
            } else if let Some(index) = self.plain_local(receiver) {
                // A method it does not know may take its receiver by value.
                self.locals.all[index].opaque_use = Some(receiver.span);
            }
            for arg in args {
                let ty = self.expr(arg);
                self.table.forget(&ty);
            }
            if !self.known(&peeled) {
                self.table.forget(&recv_ty);
            }
            return match name {
                "clone" if self.known(&peeled) => peeled,
                _ => self.give_up(),
            };
        };
        self.receiver_use(receiver, &recv_ty, sig.receiver);
        let arg_tys: Vec<Ty> = args.iter().map(|a| self.expr(a)).collect();
        match &sig.params {
            Some(params) if params.len() == args.len() => {
                for ((param, arg), ty) in params.iter().zip(args).zip(&arg_tys) {
                    self.coerce_at(arg.span, param, ty);
                }
            }
            Some(params) => {
                let d = self
                    .report
                    .arg_count(method.span, "method", params.len(), args.len());
                self.error(d);
                arg_tys.iter().for_each(|t| self.table.forget(t));
            }
            None => arg_tys.iter().for_each(|t| self.table.forget(t)),
        }
        sig.ret
    }

    /// E0599 when `Option`, `Result`, an integer or an `async` future has no method `method`,
    /// unless a trait of the program or an import the checker cannot list may give it one.
    fn std_method_exists(&mut self, recv: &Ty, method: &ast::Ident) {
        let name = method.name.as_str();
        let elsewhere = UNIVERSAL_METHODS.contains(&name)
            || name == "to_string"
            || self.items.open
            || self.items.uses.any_glob()
            || self.items.blanket_methods.contains(name)
            || self
                .items
                .traits
                .values()
                .any(|methods| methods.iter().any(|m| m.name.name == name));
        if elsewhere {
            return;
        }
        let Some((kind, shown)) = super::std_methods::lacks(recv, name) else {
            return;
        };
        let d = match recv {
            Ty::Future(output, _) => {
                let shown = format!("impl Future<Output = {}>", self.table.show(output));
                self.report.no_method(method.span, name, kind, &shown).note(
                    "consider `await`ing on the `Future` and calling the method on its `Output`",
                )
            }
            _ => self.report.no_method(method.span, name, kind, &shown),
        };
        self.error(d);
    }

    /// The type of an `Option` or `Result` method that takes a closure (`map`, `and_then`,
    /// `map_err`, `filter`), its closure checked with the parameter the method passes it;
    /// `None`, with nothing checked, for the others.
    fn std_generic_method(
        &mut self,
        receiver: &Expr,
        (recv_ty, peeled): (&Ty, &Ty),
        method: &ast::Ident,
        args: &[Expr],
    ) -> Option<Ty> {
        let (Ty::Adt(owner, type_args), [f]) = (peeled, args) else {
            return None;
        };
        if self.items.user_types.contains(owner) {
            return None;
        }
        let name = method.name.as_str();
        let arg = |i: usize| type_args.get(i).cloned().unwrap_or(Ty::Unknown);
        let input = match (owner.as_str(), name) {
            ("Option" | "Result", "map" | "and_then") => arg(0),
            ("Option", "filter") => Ty::Ref(false, Box::new(arg(0))),
            ("Result", "map_err") => arg(1),
            _ => return None,
        };
        self.receiver_use(receiver, recv_ty, Receiver::Value);
        let ret = self.callback(f, input);
        Some(match (owner.as_str(), name) {
            ("Option", "map") => Ty::option(ret),
            ("Result", "map") => Ty::generic("Result", vec![ret, arg(1)]),
            ("Result", "map_err") => Ty::generic("Result", vec![arg(0), ret]),
            ("Option", "filter") => peeled.clone(),
            // `and_then`'s closure gives the `Option` or `Result` itself.
            _ => {
                let result = if owner == "Option" {
                    Ty::option(self.table.fresh(VarKind::General))
                } else {
                    let value = self.table.fresh(VarKind::General);
                    Ty::generic("Result", vec![value, arg(1)])
                };
                if self.table.unifiable(&result, &ret) {
                    self.table.unify(&result, &ret);
                }
                result
            }
        })
    }

    /// The type of a futures combinator whose signature the checker follows (`map`, `then`,
    /// `inspect`, `map_ok`, `map_err`, `and_then`, `or_else`) on `future`, its closure
    /// checked with the parameter the combinator passes it; `None`, with nothing checked,
    /// for the others.
    fn combinator(&mut self, future: &Ty, method: &ast::Ident, args: &[Expr]) -> Option<Ty> {
        let (Ty::Future(output, unpin), [f]) = (future, args) else {
            return None;
        };
        let output = self.table.deep(output);
        let result = match &output {
            Ty::Adt(name, result) if name == "Result" && result.len() == 2 => {
                Some((result[0].clone(), result[1].clone()))
            }
            _ => None,
        };
        let name = method.name.as_str();
        let input = match (name, &result) {
            ("map" | "then", _) => output.clone(),
            ("inspect", _) => Ty::Ref(false, Box::new(output.clone())),
            ("map_ok" | "and_then", Some((ok, _))) => ok.clone(),
            ("map_err" | "or_else", Some((_, err))) => err.clone(),
            _ => return None,
        };
        let (ok, err) = result.unwrap_or((Ty::Unknown, Ty::Unknown));
        let ret = self.callback(f, input);
        if matches!(name, "then" | "and_then" | "or_else") && self.certainly_not_future(&ret) {
            let d = self.report.not_a_future(&self.table, method.span, &ret);
            self.error(d);
        }
        let later = |ty: &Ty| Ty::Future(Box::new(ty.clone()), *unpin);
        Some(match name {
            "map" => later(&ret),
            "inspect" => later(&output),
            "map_ok" => later(&Ty::generic("Result", vec![ret, err])),
            "map_err" => later(&Ty::generic("Result", vec![ok, ret])),
            "then" => later(&self.future_output(&ret)),
            // The closure's future must give a `Result` with the same error (or value, for
            // `or_else`): only the side the combinator keeps is known.
            "and_then" => later(&Ty::generic("Result", vec![Ty::Unknown, err])),
            _ => later(&Ty::generic("Result", vec![ok, Ty::Unknown])),
        })
    }

    /// Checks the function a combinator calls with one value of `input`, and gives what it
    /// returns (`Unknown` when it is not a one-parameter closure or function).
    fn callback(&mut self, f: &Expr, input: Ty) -> Ty {
        if let ExprKind::Closure {
            is_move,
            params,
            ret,
            body,
        } = &f.kind
        {
            if params.len() == 1 {
                let hints = [input.clone()];
                let ty = self.closure(*is_move, (params, &hints), ret.as_ref(), body, f.span);
                if let Ty::Fn(params, ret) = ty {
                    if self.table.unifiable(&params[0], &input) {
                        self.table.unify(&params[0], &input);
                    }
                    return *ret;
                }
            }
        }
        let ty = self.expr(f);
        match self.table.shallow(&ty) {
            Ty::Fn(params, ret)
                if params.len() == 1 && self.table.unifiable(&params[0], &input) =>
            {
                self.table.unify(&params[0], &input);
                *ret
            }
            _ => self.give_up_on(&[ty]),
        }
    }

    fn user_method(
        &mut self,
        receiver: &Expr,
        recv_ty: &Ty,
        sig: &FnSig,
        method: &ast::Ident,
        args: &[Expr],
    ) -> Ty {
        if let Some(how) = sig.receiver {
            self.receiver_use(receiver, recv_ty, how);
        }
        self.call_sig(sig, None, args, method.span, "method")
    }

    /// What taking the receiver does: `&mut self` needs a mutable place, `self` moves it.
    fn receiver_use(&mut self, receiver: &Expr, recv_ty: &Ty, how: Receiver) {
        let by_value = !matches!(self.table.shallow(recv_ty), Ty::Ref(..));
        match how {
            Receiver::RefMut if by_value => self.borrow_mut_check(receiver, receiver.span),
            Receiver::RefMut => self.borrow_mut_through_shared(receiver, recv_ty),
            Receiver::Value if by_value => {
                if let Some(index) = self.plain_local(receiver) {
                    let ty = self.locals.all[index].ty.clone();
                    if self.copyness(&ty) == Copyness::Move {
                        self.locals.all[index].moved = Some(receiver.span);
                    }
                }
            }
            _ => {}
        }
    }

    /// E0596 when a `&mut self` method is called on a local that is a `&` reference to a
    /// known value (`v.push(1)` with `v: &Vec<u32>`).
    fn borrow_mut_through_shared(&mut self, receiver: &Expr, recv_ty: &Ty) {
        let Ty::Ref(false, inner) = self.table.shallow(recv_ty) else {
            return;
        };
        if self.plain_local(receiver).is_none() || !self.known_value(&inner) {
            return;
        }
        let place = format!("*{}", self.text(receiver.span));
        let d = self.report.borrow_mut_immutable(
            receiver.span,
            &place,
            "as it is behind a `&` reference",
        );
        self.error(d);
    }

    /// The local a path expression names, if it is one.
    pub(super) fn plain_local(&self, expr: &Expr) -> Option<usize> {
        match &expr.kind {
            ExprKind::Path(path) if path.segments.len() == 1 => {
                self.locals.find(&path.segments[0].ident.name)
            }
            _ => None,
        }
    }

    /// The local at the root of a place (`s` in `s.a.b`), and whether the place goes
    /// through a field.
    pub(super) fn place_root(&self, expr: &Expr) -> Option<(usize, bool)> {
        match &expr.kind {
            ExprKind::Field { base, .. } | ExprKind::TupleIndex { base, .. } => {
                self.place_root(base).map(|(i, _)| (i, true))
            }
            _ => self.plain_local(expr).map(|i| (i, false)),
        }
    }

    fn text(&self, span: Span) -> String {
        self.report
            .source
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string()
    }

    /// E0596 when a place that is not mutable is borrowed as `&mut` (or by a `&mut self`
    /// method).
    pub(super) fn borrow_mut_check(&mut self, place: &Expr, span: Span) {
        let Some((index, through_field)) = self.place_root(place) else {
            return;
        };
        let local = &self.locals.all[index];
        let ty = self.table.shallow(&local.ty);
        let place_text = self.text(place.span);
        let why = match &ty {
            Ty::Ref(false, _) if through_field => "as it is behind a `&` reference".to_string(),
            Ty::Ref(..) => return,
            _ if local.mutable || !self.known_value(&ty) => return,
            _ => format!("as `{}` is not declared as mutable", local.name),
        };
        let why = if !through_field && why.starts_with("as `") {
            "as it is not declared as mutable".to_string()
        } else {
            why
        };
        let d = self.report.borrow_mut_immutable(span, &place_text, &why);
        self.error(d);
    }

    /// The type of an assignment's target, after the mutability rules (E0384, E0594).
    pub(super) fn assign_target(&mut self, lhs: &Expr, span: Span, compound: bool) -> Ty {
        if let Some(index) = self.plain_local(lhs) {
            let captured = self.frames.last().is_some_and(|f| index < f.first_local);
            let local = &mut self.locals.all[index];
            let (name, ty) = (local.name.clone(), local.ty.clone());
            if !local.mutable && local.initialized {
                let d = if captured {
                    self.report
                        .assign_immutable(span, &name, "as it is not declared as mutable")
                } else {
                    self.report.assign_twice(span, &name)
                };
                self.error(d);
            }
            if !compound {
                self.loop_use(index, lhs.span, false, true);
            }
            let local = &mut self.locals.all[index];
            local.initialized = true;
            local.used = true;
            local.borrow_of = None;
            local.async_block = None;
            if compound {
                return self.use_local(index, lhs.span, false);
            }
            local.moved = None;
            self.use_local(index, lhs.span, false);
            return ty;
        }
        match &lhs.kind {
            ExprKind::Field { .. } | ExprKind::TupleIndex { .. } => {
                if let Some((index, _)) = self.place_root(lhs) {
                    let local = &self.locals.all[index];
                    let ty = self.table.shallow(&local.ty);
                    let place = self.text(lhs.span);
                    let why = match ty {
                        Ty::Ref(false, _) => Some("which is behind a `&` reference".to_string()),
                        Ty::Ref(..) => None,
                        _ if !local.mutable && self.known_value(&ty) => {
                            Some(format!("as `{}` is not declared as mutable", local.name))
                        }
                        _ => None,
                    };
                    if let Some(why) = why {
                        let d = self.report.assign_immutable(span, &place, &why);
                        self.error(d);
                    }
                }
            }
            ExprKind::Unary {
                op: ast::UnaryOp::Deref,
                expr: inner,
            } => {
                if let Some(index) = self.plain_local(inner) {
                    if let Ty::Ref(false, _) = self.table.shallow(&self.locals.all[index].ty) {
                        let place = self.text(lhs.span);
                        let d = self.report.assign_immutable(
                            span,
                            &place,
                            "which is behind a `&` reference",
                        );
                        self.error(d);
                    }
                }
            }
            _ => {}
        }
        self.place(lhs)
    }

    /// `future.await`: only inside `async`, only on a future (E0728, E0277).
    pub(super) fn await_expr(&mut self, inner: &Expr, span: Span) -> Ty {
        let ty = self.expr(inner);
        let keyword = Span::new(span.end.saturating_sub("await".len()), span.end);
        if !self.frames.last().is_some_and(|f| f.kind.is_async()) {
            let d = self.report.await_outside_async(keyword);
            self.error(d);
        }
        match self.table.shallow(&ty) {
            Ty::Future(output, _) => *output,
            Ty::Adt(name, args) if name == "JoinHandle" => {
                args.first().cloned().unwrap_or(Ty::Unknown)
            }
            other if self.certainly_not_future(&other) => {
                let d = self.report.not_a_future(&self.table, keyword, &other);
                self.error(d);
                Ty::Unknown
            }
            _ => self.give_up_on(&[ty]),
        }
    }

    /// Whether a value of `ty` can never be awaited.
    pub(super) fn certainly_not_future(&self, ty: &Ty) -> bool {
        if self.literal_var(ty) {
            return true;
        }
        let ty = self.table.deep(ty);
        let items = self.items;
        env::certainly_not_future(&ty, &|name| {
            items.closed_type(name) && !items.future_types.contains(name)
        })
    }

    /// `expr?`: only in a function returning `Result` or `Option` (E0277).
    pub(super) fn try_expr(&mut self, inner: &Expr, span: Span) -> Ty {
        let ty = self.expr(inner);
        if let Some(frame) = self.frames.last() {
            let ret = self.table.deep(&frame.ret);
            let is_fn = matches!(frame.kind, FrameKind::Fn | FrameKind::AsyncFn);
            let returns_try = ret.is_named("Result") || ret.is_named("Option");
            if is_fn && self.known(&ret) && !returns_try && !matches!(ret, Ty::Adt(..)) {
                let at = Span::new(span.end.saturating_sub(1), span.end);
                let shown = self.table.show(&ret);
                let what = if frame.kind == FrameKind::AsyncFn {
                    "an async function"
                } else {
                    "a function"
                };
                let d = self.report.question_in_unit(at, what, &shown);
                self.error(d);
            }
        }
        if let Some(frame) = self.frames.last_mut() {
            if frame.kind == FrameKind::Closure {
                frame
                    .questions
                    .push(Span::new(span.end.saturating_sub(1), span.end));
            }
        }
        self.try_family(&ty, span);
        match self.table.deep(&ty) {
            Ty::Adt(name, args) if name == "Result" || name == "Option" => {
                args.first().cloned().unwrap_or(Ty::Unknown)
            }
            _ => self.give_up_on(&[ty]),
        }
    }

    /// E0277 for each `?` (at `questions`) of a closure whose return type, `ret`, is known and
    /// neither `Result` nor `Option` (`for_each(|s| { s.parse::<u32>()?; })` returns `()`).
    pub(super) fn questions_in_closure(&mut self, questions: &[Span], ret: &Ty) {
        let ret = self.table.deep(ret);
        if !self.known(&ret) || matches!(ret, Ty::Adt(..)) {
            return;
        }
        let shown = self.table.show(&ret);
        for &at in questions {
            let d = self.report.question_in_unit(at, "a closure", &shown);
            self.error(d);
        }
    }

    /// E0277 when `?` takes an `Option` in a function returning `Result`, or a `Result` in
    /// one returning `Option`: neither converts into the other.
    fn try_family(&mut self, operand: &Ty, span: Span) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        if !matches!(frame.kind, FrameKind::Fn | FrameKind::AsyncFn) {
            return;
        }
        let ret = self.table.deep(&frame.ret);
        let operand = self.table.deep(operand);
        let family = |ty: &Ty| match ty {
            Ty::Adt(name, _) if name == "Result" || name == "Option" => Some(name.clone()),
            _ => None,
        };
        let (Some(used), Some(returned)) = (family(&operand), family(&ret)) else {
            return;
        };
        if used != returned {
            let at = Span::new(span.end.saturating_sub(1), span.end);
            let d = self.report.question_other_family(
                at,
                frame.kind == FrameKind::AsyncFn,
                &used,
                &returned,
            );
            self.error(d);
        }
    }

    /// E0277 when `select` is given a future that is not `Unpin` (an `async` block or the
    /// future of an `async fn`, not pinned).
    fn needs_unpin(&mut self, arg: &Expr, ty: &Ty) {
        let what = match (&arg.kind, self.table.shallow(ty)) {
            (ExprKind::Async { .. }, _) => "{async block}".to_string(),
            (ExprKind::Call { .. } | ExprKind::Path(_), Ty::Future(_, true)) => {
                format!(
                    "impl Future<Output = {}>",
                    self.table.show(&self.future_output(ty))
                )
            }
            _ => return,
        };
        let d = self.report.cannot_unpin(arg.span, &what);
        self.fragile(d);
    }

    fn future_output(&self, ty: &Ty) -> Ty {
        match self.table.shallow(ty) {
            Ty::Future(output, _) => *output,
            _ => Ty::Unknown,
        }
    }

    /// Checks a macro call.
    pub(super) fn macro_call(&mut self, call: &MacroCall, span: Span) -> Ty {
        let name = call.name.name.as_str();
        if !self.macro_in_scope(call) {
            return self.give_up();
        }
        match &call.args {
            MacroArgs::Format(format) => {
                if let Some(format) = format {
                    self.format_args(format);
                }
                match name {
                    "format" => Ty::named("String"),
                    "panic" | "unreachable" | "todo" | "unimplemented" => Ty::Never,
                    _ => Ty::unit(),
                }
            }
            MacroArgs::Write { dest, format } => {
                self.place(dest);
                if let Some(format) = format {
                    self.format_args(format);
                }
                self.give_up()
            }
            MacroArgs::Assert { operands, message } => {
                for operand in operands {
                    let ty = self.place(operand);
                    if operands.len() == 1 {
                        self.coerce_at(operand.span, &Ty::Bool, &ty);
                    }
                }
                if let Some(message) = message {
                    self.format_args(message);
                }
                Ty::unit()
            }
            MacroArgs::List(exprs) if name == "join" => {
                if !self.frames.last().is_some_and(|f| f.kind.is_async()) {
                    let d = self.report.await_outside_async(span);
                    self.error(d);
                }
                let outputs = exprs
                    .iter()
                    .map(|e| {
                        let ty = self.expr(e);
                        self.future_output(&ty)
                    })
                    .collect();
                Ty::Tuple(outputs)
            }
            MacroArgs::VecList(items) => {
                let elem = self.table.fresh(VarKind::General);
                for item in items {
                    let ty = self.expr(item);
                    self.coerce_at(item.span, &elem, &ty);
                }
                Ty::generic("Vec", vec![elem])
            }
            MacroArgs::VecRepeat { value, count } => {
                let elem = self.expr(value);
                let count_ty = self.expr(count);
                self.coerce_at(
                    count.span,
                    &Ty::Int(crate::script::eval::number::IntType::Usize),
                    &count_ty,
                );
                Ty::generic("Vec", vec![elem])
            }
            MacroArgs::Matches { expr, pat, guard } => {
                let ty = self.place(expr);
                self.locals.push_scope();
                self.bind(pat, &ty);
                if let Some(guard) = guard {
                    self.expr(guard);
                }
                self.locals.pop_scope();
                Ty::Bool
            }
            #[allow(unreachable_patterns)]
            _ => {
                self.unmodeled = true;
                self.give_up()
            }
        }
    }

    /// E0277 when a placeholder's `{}` or `{:?}` prints a value of a type that does not
    /// implement `Display` or `Debug` (rustc points at the argument, `at`).
    fn printable_check(&mut self, placeholder: &ast::Placeholder, at: Span, ty: &Ty) {
        let debug = match placeholder.spec.format_trait {
            FormatTrait::Display => false,
            FormatTrait::Debug => true,
            _ => return,
        };
        let ty = self.table.deep(ty);
        if self.impls.unprintable(self.items, &ty, debug) {
            let d = self.report.not_printable(at, &self.table.show(&ty), debug);
            self.error(d);
        }
    }

    /// Checks a format string's arguments and the variables it captures by name.
    fn format_args(&mut self, format: &FormatArgs) {
        let arg_tys: Vec<Ty> = format.args.iter().map(|a| self.place(&a.value)).collect();
        for piece in &format.template.pieces {
            let FormatPiece::Placeholder(placeholder) = piece else {
                continue;
            };
            let name = match &placeholder.arg {
                ArgRef::Index(i) => {
                    if let (Some(arg), Some(ty)) = (format.args.get(*i), arg_tys.get(*i)) {
                        self.printable_check(placeholder, arg.value.span, ty);
                    }
                    continue;
                }
                ArgRef::Name(name) => name,
            };
            if let Some(i) = format
                .args
                .iter()
                .position(|a| a.name.as_ref().is_some_and(|n| n.name == *name))
            {
                self.printable_check(placeholder, format.args[i].value.span, &arg_tys[i]);
                continue;
            }
            match self.locals.find(name) {
                Some(index) => {
                    let ty = self.use_local(index, placeholder.span, false);
                    self.printable_check(placeholder, placeholder.span, &ty);
                }
                None if self.certainly_unresolved(name)
                    && !self.items.consts.contains_key(name) =>
                {
                    let d = self.report.unresolved(placeholder.span, "value", name);
                    self.fragile(d);
                }
                None => {}
            }
        }
    }
}
