//! Lowering of expressions that are neither control flow, calls nor macros: literals, operators,
//! places and assignments, literals of compound values, closures and `async` blocks. It must
//! never emit code that leaves other than exactly one value on the stack per expression.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::{is_comparison, Compiler};
use crate::script::ast::{self, Expr, ExprKind, Lit, Span, UnaryOp};
use crate::script::eval::number::{FloatType, Int, IntType};
use crate::script::eval::program::{CastTo, ClosureProto, Native, NumType, Op};
use crate::script::eval::value::Value;
use crate::script::limits::Limit;
use crate::script::stack::{StackGuard, TooDeep};

impl Compiler<'_> {
    /// Compiles `expr` expecting a number of type `ty`: its unsuffixed literals take that type,
    /// as rustc's inference gives them (`let t: u64 = 60 * 1_000_000_000;`).
    pub(super) fn expr_as(&mut self, expr: &Expr, ty: Option<NumType>) {
        self.hint = ty;
        self.expr(expr);
    }

    /// Compiles `expr`, leaving its value on the stack. A chain (`a + b + c`, `x.f().g()`) is a
    /// tree as deep as it is long, so its links are lowered in a loop, innermost first, and
    /// only the nesting the parser caps costs native recursion.
    pub(super) fn expr(&mut self, expr: &Expr) {
        let mut hint = self.hint.take();
        let elements = self.elements.take();
        let mut collect_into = self.collect_into.take();
        let moving = std::mem::take(&mut self.moving);
        let Ok(_guard) = StackGuard::enter() else {
            self.limit_error(expr.span, Limit::Nesting, TooDeep.to_string());
            return self.emit_unit(expr.span);
        };
        let mut links = Vec::new();
        let mut innermost = expr;
        while let Some(operand) = chained_operand(innermost) {
            links.push((innermost, hint));
            hint = operand_hint(innermost, hint);
            innermost = operand;
        }
        // Only a local alone is moved from: `x.len()` or `x.field` borrow it, as a place.
        // Only a path is loaded as a place: any other node compiles operands of its own.
        let placing = std::mem::take(&mut self.placing)
            || links
                .last()
                .is_some_and(|(link, _)| is_place_link(link) && !self.unwraps(link));
        self.placing = placing && matches!(innermost.kind, ExprKind::Path(_));
        self.node(innermost, hint, elements, moving && links.is_empty());
        self.placing = false;
        for (at, &(link, hint)) in links.iter().enumerate().rev() {
            // Only the whole expression's own `collect()` builds the type asked of it.
            if std::ptr::eq(link, expr) {
                self.collect_into = collect_into.take();
            }
            self.finish_link(link, hint);
            // `s.cursor.unwrap()` takes the field by value: a `Copy` one is copied.
            let unwrapped = at
                .checked_sub(1)
                .is_some_and(|next| self.unwraps(links[next].0));
            if unwrapped && reads_out_of_place(link) {
                self.emit(Op::CopyValue(false), link.span);
            }
        }
        if moving && reads_out_of_place(expr) {
            let may_be_array = match &expr.kind {
                ExprKind::Field { name, .. } => self.array_fields.contains(&name.name),
                _ => true,
            };
            self.emit(Op::CopyValue(may_be_array), expr.span);
        }
    }

    /// Whether `link` is `unwrap()` or one of its kin, which take their `Option` by value: a
    /// `Copy` one is copied, so the value it gives is a copy too (unless the program has a
    /// method of that name, which may take `&mut self`).
    fn unwraps(&self, link: &Expr) -> bool {
        let ExprKind::MethodCall { method, .. } = &link.kind else {
            return false;
        };
        let name = method.name.as_str();
        matches!(
            name,
            "unwrap" | "expect" | "unwrap_or" | "unwrap_or_default" | "unwrap_or_else"
        ) && !self.program_methods.contains(name)
    }

    /// Lowers the rest of a chain link whose first operand is already on the stack; `hint` is
    /// the numeric type expected of the link's value.
    fn finish_link(&mut self, link: &Expr, hint: Option<NumType>) {
        let span = link.span;
        match &link.kind {
            ExprKind::MethodCall {
                method,
                args,
                turbofish,
                ..
            } => {
                let ty = method_type(turbofish, hint);
                let collect_into = self.collect_into.take();
                if method.name == "collect" && args.is_empty() {
                    let asked = match turbofish.as_slice() {
                        [ast::GenericArg::Type(ty)] => super::collect::collect_target(ty),
                        _ => collect_into,
                    };
                    if let Some(target) = asked {
                        self.emit(Op::Native(Native::Collect(target), 1), span);
                        return;
                    }
                }
                self.finish_method_call(method, args, ty, span)
            }
            ExprKind::Field { name, .. } => {
                let id = self.name_id(&name.name);
                self.emit(Op::GetField(id), span);
            }
            ExprKind::TupleIndex { index, .. } => {
                self.emit(Op::TupleIndex(*index), span);
            }
            ExprKind::Index { index, .. } => {
                self.expr(index);
                self.emit(Op::Index, span);
            }
            ExprKind::Await(_) => self.finish_await(span),
            ExprKind::Try(_) => match self.top().error_conversion {
                Some(conversion) => self.try_converting(conversion, span),
                None => {
                    self.emit(Op::Try, span);
                }
            },
            ExprKind::Unary {
                op: UnaryOp::RefMut,
                expr,
            } if is_sub_slice(expr) => self.error(
                span,
                "a `&mut` sub-slice (`&mut v[a..b]`) is a copy in the playground, so writes \
                 through it would be lost: pass the whole vector, or index it (a playground limit)",
            ),
            ExprKind::Unary { op, .. } => self.finish_unary(*op, span),
            ExprKind::Binary { op, rhs, .. } => self.finish_binary(*op, rhs, hint, span),
            ExprKind::Cast { ty, .. } => self.finish_cast(ty, span),
            _ => {}
        }
    }

    /// Compiles an expression that is not a chain link, expecting a number of type `hint`, or
    /// a list of numbers of type `elements`.
    fn node(
        &mut self,
        expr: &Expr,
        hint: Option<NumType>,
        elements: Option<NumType>,
        moving: bool,
    ) {
        let span = expr.span;
        match &expr.kind {
            ExprKind::Lit(lit) => self.literal(lit, false, hint, span),
            // `-128i8` is one literal to rustc: 128 alone would not fit.
            ExprKind::Unary { expr: inner, .. } if negated_literal(expr).is_some() => {
                if let ExprKind::Lit(lit) = &inner.kind {
                    self.literal(lit, true, hint, span);
                }
            }
            ExprKind::Path(path) => self.path_value(path, moving),
            ExprKind::Call { callee, args } => self.call(callee, args, span),
            ExprKind::MethodCall {
                receiver,
                method,
                args,
                ..
            } => self.method_call(receiver, method, args, span),
            ExprKind::Assign { lhs, rhs } => {
                self.assign(lhs, rhs, span);
                self.emit_unit(span);
            }
            ExprKind::CompoundAssign { op, lhs, rhs } => {
                self.compound_assign(*op, lhs, rhs, span);
                self.emit_unit(span);
            }
            ExprKind::Range {
                start,
                end,
                inclusive,
            } => self.range(start, end, *inclusive, span),
            ExprKind::Block(block) => self.block_as(block, hint),
            ExprKind::Async { body, is_move } => self.async_block(body, *is_move, span),
            ExprKind::Closure {
                params,
                body,
                is_move,
                ..
            } => self.closure(params, body, *is_move, span),
            ExprKind::Struct { path, fields, base } => {
                self.struct_literal(path, fields, base.as_deref(), span)
            }
            ExprKind::Tuple(items) if items.is_empty() => {
                self.emit(Op::Unit, span);
            }
            ExprKind::Tuple(items) => {
                let count = self.operand(items.len(), span, "elements in one literal");
                items.iter().for_each(|item| self.moved(item));
                self.emit(Op::MakeTuple(count), span);
            }
            ExprKind::Array(items) => self.list_literal(items, elements, span),
            ExprKind::ArrayRepeat { value, count } => {
                self.repeat_literal(value, count, elements, span)
            }
            ExprKind::Macro(call) => self.macro_call(call, elements, span),
            ExprKind::Error => {
                self.error(span, "this expression could not be parsed");
                self.emit(Op::Unit, span);
            }
            _ => self.control(expr),
        }
    }

    /// A literal; an unsuffixed number takes the expected type `hint`.
    fn literal(&mut self, lit: &Lit, negated: bool, hint: Option<NumType>, span: Span) {
        match lit {
            // `1f32` is a float written without a fraction.
            Lit::Int { value, suffix } if float_suffix(suffix).is_some() => {
                let ty = float_suffix(suffix).unwrap_or(FloatType::Infer);
                self.float_literal(*value as f64, ty, negated, span)
            }
            Lit::Int { value, suffix } => {
                match self.int_literal(*value, suffix, negated, hint, span) {
                    Some(int) => self.emit_int(int, span),
                    None => self.emit_unit(span),
                }
            }
            Lit::Float { value, suffix } => {
                let ty = match (float_suffix(suffix), hint) {
                    (Some(ty), _) | (None, Some(NumType::Float(ty))) => ty,
                    _ => FloatType::Infer,
                };
                self.float_literal(*value, ty, negated, span)
            }
            Lit::Bool(b) => self.constant(Value::Bool(*b), span),
            Lit::Str(s) => self.constant(Value::Str(Rc::from(s.as_str())), span),
            Lit::Char(c) => self.constant(Value::Char(*c), span),
            // Built afresh each time, as an array literal is: the program may copy and change it.
            Lit::ByteStr(bytes) => {
                let count = self.operand(bytes.len(), span, "elements in one literal");
                for byte in bytes {
                    self.constant(Value::Int(i64::from(*byte), IntType::U8), span);
                }
                self.emit(Op::MakeVec(count), span);
            }
        }
    }

    fn float_literal(&mut self, value: f64, ty: FloatType, negated: bool, span: Span) {
        let value = if negated { -value } else { value };
        self.constant(Value::Float(ty.round(value), ty), span);
    }

    /// The value of an integer literal (negated when it follows a `-`), in its suffix's type,
    /// else the expected one, else `{integer}`; `None` (after an error) when it is out of range.
    pub(super) fn int_literal(
        &mut self,
        value: u128,
        suffix: &Option<String>,
        negated: bool,
        hint: Option<NumType>,
        span: Span,
    ) -> Option<Int> {
        let ty = match (suffix.as_deref().map(IntType::from_name), hint) {
            (Some(Some(ty)), _) => ty,
            (Some(None), _) => {
                let suffix = suffix.as_deref().unwrap_or_default();
                self.error(
                    span,
                    format!("invalid suffix `{suffix}` for number literal"),
                );
                return None;
            }
            (None, Some(NumType::Int(ty))) => ty,
            (None, _) => IntType::Infer,
        };
        let magnitude = i128::try_from(value).ok();
        let int = match (negated, magnitude) {
            (false, _) if ty == IntType::U128 => Some(Int::new(value as i128, ty)),
            (false, Some(v)) => Some(Int::new(v, ty)),
            (true, Some(v)) => Some(Int::new(-v, ty)),
            (true, None) if value == 1 << 127 => Some(Int::new(i128::MIN, ty)),
            _ => None,
        };
        match int.filter(|int| int.fits()) {
            Some(int) => Some(int),
            None => {
                let sign = if negated { "-" } else { "" };
                self.error(
                    span,
                    format!("literal out of range for `{}`: {sign}{value}", ty.name()),
                );
                None
            }
        }
    }

    fn finish_await(&mut self, span: Span) {
        if !self.top().proto.is_async {
            self.error(
                span,
                "`.await` is only allowed inside `async` functions and blocks",
            );
        }
        self.emit(Op::Await, span);
    }

    fn finish_unary(&mut self, op: UnaryOp, span: Span) {
        match op {
            UnaryOp::Neg => {
                self.emit(Op::Neg, span);
            }
            UnaryOp::Not => {
                self.emit(Op::Not, span);
            }
            UnaryOp::Deref => {
                self.emit(Op::Deref, span);
            }
            // References are the value itself: compound values are shared handles already.
            UnaryOp::Ref | UnaryOp::RefMut => {}
        }
    }

    /// The rest of `lhs op rhs`, `lhs` being on the stack: arithmetic gives its right operand
    /// the expected type `hint` (a shift's right operand keeps its own type).
    fn finish_binary(&mut self, op: ast::BinOp, rhs: &Expr, hint: Option<NumType>, span: Span) {
        match op {
            ast::BinOp::And | ast::BinOp::Or => {
                if op == ast::BinOp::Or {
                    self.emit(Op::Not, span);
                }
                let short = self.emit(Op::JumpIfFalse(0), span);
                self.expr(rhs);
                let end = self.emit(Op::Jump(0), span);
                self.patch(short);
                self.constant(Value::Bool(op == ast::BinOp::Or), span);
                self.patch(end);
            }
            _ => {
                let shift = matches!(op, ast::BinOp::Shl | ast::BinOp::Shr);
                self.expr_as(rhs, hint.filter(|_| !is_comparison(op) && !shift));
                self.emit(Op::Binary(op), span);
            }
        }
    }

    fn assign(&mut self, lhs: &Expr, rhs: &Expr, span: Span) {
        match &lhs.kind {
            ExprKind::Path(path)
                if path.segments.len() == 1 && path.segments[0].ident.name == "_" =>
            {
                self.expr(rhs);
                self.emit(Op::Pop, span);
            }
            ExprKind::Path(path) if path.segments.len() == 1 => {
                let slot = self.assignable(&path.segments[0].ident);
                let ty = self.top().num_types.get(&slot).copied();
                self.moving = true;
                self.expr_as(rhs, ty);
                self.annotate(ty, span);
                self.store_local(slot, span);
            }
            ExprKind::Field { .. } | ExprKind::TupleIndex { .. } => {
                let (base, id) = self.field_place(lhs);
                self.place(base);
                self.moved(rhs);
                self.emit(Op::SetField(id), span);
            }
            ExprKind::Index { base, index } => {
                self.place(base);
                self.expr(index);
                self.expr(rhs);
                self.emit(Op::SetIndex, span);
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                expr,
            } => {
                self.expr(expr);
                self.expr(rhs);
                self.emit(Op::SetDeref, span);
            }
            _ => self.error(
                lhs.span,
                "the playground cannot assign to this kind of place",
            ),
        }
    }

    fn compound_assign(&mut self, op: ast::BinOp, lhs: &Expr, rhs: &Expr, span: Span) {
        match &lhs.kind {
            ExprKind::Path(path) if path.segments.len() == 1 => {
                let slot = self.assignable(&path.segments[0].ident);
                let ty = self.top().num_types.get(&slot).copied();
                let shift = matches!(op, ast::BinOp::Shl | ast::BinOp::Shr);
                let hint = ty.filter(|_| !shift);
                if !self.is_boxed(slot) {
                    self.expr_as(rhs, hint);
                    self.emit(Op::UpdateLocal(slot, op), span);
                    return;
                }
                self.load_local(slot, span);
                self.expr_as(rhs, hint);
                self.emit(Op::Binary(op), span);
                self.store_local(slot, span);
            }
            ExprKind::Field { .. } | ExprKind::TupleIndex { .. } => {
                let (base, id) = self.field_place(lhs);
                self.place(base);
                self.emit(Op::Dup, span);
                self.emit(Op::GetField(id), span);
                self.expr(rhs);
                self.emit(Op::Binary(op), span);
                self.emit(Op::SetField(id), span);
            }
            ExprKind::Index { base, index } => {
                self.place(base);
                self.expr(index);
                self.emit(Op::Dup2, span);
                self.emit(Op::Index, span);
                self.expr(rhs);
                self.emit(Op::Binary(op), span);
                self.emit(Op::SetIndex, span);
            }
            ExprKind::Unary {
                op: UnaryOp::Deref,
                expr,
            } => {
                self.expr(expr);
                self.emit(Op::Dup, span);
                self.emit(Op::Deref, span);
                self.expr(rhs);
                self.emit(Op::Binary(op), span);
                self.emit(Op::SetDeref, span);
            }
            _ => self.error(
                lhs.span,
                "the playground cannot assign to this kind of place",
            ),
        }
    }

    /// Compiles the base of an assigned place (`p` of `p.x = 1`): a local alone is pushed as a
    /// place, so that the write reaches it (see `Op::LoadPlace`).
    fn place(&mut self, base: &Expr) {
        self.placing = true;
        self.expr(base);
    }

    /// The slot of a local that is assigned, noted for the capture analysis.
    pub(super) fn assignable(&mut self, ident: &ast::Ident) -> u16 {
        match self.lookup(&ident.name) {
            Some(slot) => {
                self.note_assigned(slot);
                slot
            }
            None => {
                self.error(
                    ident.span,
                    format!("cannot find value `{}` in this scope", ident.name),
                );
                0
            }
        }
    }

    /// The base and interned field name of a `base.name` or `base.0` place.
    pub(super) fn field_place<'e>(&mut self, place: &'e Expr) -> (&'e Expr, u32) {
        match &place.kind {
            ExprKind::Field { base, name } => (base, self.name_id(&name.name)),
            ExprKind::TupleIndex { base, index } => (base, self.name_id(&index.to_string())),
            _ => (place, self.name_id("")),
        }
    }

    fn range(
        &mut self,
        start: &Option<Box<Expr>>,
        end: &Option<Box<Expr>>,
        inclusive: bool,
        span: Span,
    ) {
        if let Some(start) = start {
            self.expr(start);
        }
        if let Some(end) = end {
            self.expr(end);
        }
        self.emit(Op::Range(start.is_some(), end.is_some(), inclusive), span);
    }

    fn finish_cast(&mut self, ty: &ast::Type, span: Span) {
        if is_trait_object(ty) {
            // `Box::new(x) as Box<dyn Trait>` changes only the static type.
            return;
        }
        let name = super::type_name(ty).unwrap_or_default();
        let target = match (name.as_str(), NumType::from_name(&name)) {
            (_, Some(NumType::Int(ty))) => CastTo::Int(ty),
            (_, Some(NumType::Float(ty))) => CastTo::Float(ty),
            ("char", _) => CastTo::Char,
            _ => {
                self.error(ty.span, format!("casting to `{name}` is not supported"));
                return;
            }
        };
        self.emit(Op::Cast(target), span);
    }

    pub(super) fn block(&mut self, block: &ast::Block) {
        self.block_as(block, None);
    }

    /// Compiles a block whose value is expected to be a number of type `ty` (see
    /// [`Compiler::expr_as`]).
    pub(super) fn block_as(&mut self, block: &ast::Block, ty: Option<NumType>) {
        let tail_collect_into = self.tail_collect_into.take();
        let tail_into = self.tail_into.take();
        let first = self.push_scope();
        for stmt in &block.stmts {
            self.stmt(stmt);
        }
        match &block.tail {
            Some(tail) if self.lower_into(tail, tail_into.as_deref()) => {}
            Some(tail) => {
                self.hint = ty;
                self.collect_into = tail_collect_into;
                // A field or element handed out by value is a copy (`fn get(&self) -> Inner
                // { self.inner }`), as `return` makes it.
                self.moving = reads_out_of_place(tail);
                self.expr(tail);
            }
            None => {
                self.emit(Op::Unit, block.span);
            }
        }
        self.pop_scope(first, block.span);
    }

    pub(super) fn stmt(&mut self, stmt: &ast::Stmt) {
        match stmt {
            ast::Stmt::Let {
                pat,
                ty,
                init,
                otherwise,
                span,
            } => {
                let num = ty.as_ref().and_then(super::num_type);
                match init {
                    Some(init) if self.lower_into_type(init, ty.as_ref()) => {}
                    Some(init) if Self::is_default_default(init) && ty.is_some() => {
                        let ty = ty.as_ref().map(|ty| (ty, self.default_of(ty, init.span)));
                        if let Some((ty, false)) = ty {
                            let shown = super::type_name(ty).unwrap_or_default();
                            let message =
                                format!("the playground does not know the default of `{shown}`");
                            self.error(init.span, message);
                            self.emit_unit(init.span);
                        }
                    }
                    Some(init) => {
                        self.elements = ty.as_ref().and_then(super::element_num_type);
                        self.collect_into = ty.as_ref().and_then(super::collect::collect_target);
                        self.moving = !self.takes_apart_plain(pat);
                        self.expr_as(init, num);
                        self.annotate(num, *span);
                        if let Some(default) =
                            ty.as_ref().and_then(super::collect::map_value_default)
                        {
                            self.constant(default, *span);
                            self.emit(Op::Native(Native::MapDefault, 2), *span);
                        }
                    }
                    None => {
                        self.emit(Op::Unit, *span);
                    }
                }
                match otherwise {
                    Some(otherwise) => self.let_else(pat, otherwise, *span),
                    None => self.bind_irrefutable(pat),
                }
                match &pat.kind {
                    ast::PatKind::Binding {
                        name,
                        sub: None,
                        by_ref: false,
                        ..
                    } => {
                        if let Some(slot) = self.lookup(&name.name) {
                            if let Some(ty) = ty {
                                self.note_num_type(slot, ty);
                            }
                            self.note_owned(slot, init.as_ref(), ty.as_ref());
                        }
                    }
                    ast::PatKind::Tuple(items) => {
                        self.note_owned_tuple(items, init.as_ref(), ty.as_ref())
                    }
                    _ => {}
                }
            }
            // Assignments as statements leave no `()` behind: the hottest loops are made of them.
            ast::Stmt::Expr { expr, .. } => match &expr.kind {
                ExprKind::Assign { lhs, rhs } => self.assign(lhs, rhs, expr.span),
                ExprKind::CompoundAssign { op, lhs, rhs } => {
                    self.compound_assign(*op, lhs, rhs, expr.span)
                }
                _ => {
                    self.expr(expr);
                    self.emit(Op::Pop, expr.span);
                }
            },
            ast::Stmt::Item(_) => {}
        }
    }

    fn async_block(&mut self, body: &ast::Block, is_move: bool, span: Span) {
        let self_ty = self.top().self_ty.clone();
        self.begin("async block".to_string(), true, true, self_ty);
        self.block(body);
        self.emit(Op::Return, body.span);
        let captured = self.captured_names();
        let index = self.finish_closure(is_move);
        self.emit(Op::MakeAsync(index), span);
        if is_move {
            self.move_captured(index, (vec![body], Vec::new()), &captured, span);
        }
    }

    fn closure(&mut self, params: &[ast::ClosureParam], body: &Expr, is_move: bool, span: Span) {
        let self_ty = self.top().self_ty.clone();
        self.begin("closure".to_string(), false, true, self_ty);
        let slots: Vec<u16> = params.iter().map(|_| self.new_slot()).collect();
        self.top().proto.arity = self.operand(params.len(), span, "parameters in one function");
        for (param, slot) in params.iter().zip(slots) {
            self.emit(Op::Load(slot), param.pat.span);
            self.bind_irrefutable(&param.pat);
        }
        if let ExprKind::Async {
            body: inner,
            is_move,
        } = &body.kind
        {
            // `|x| async move { .. }` is an ordinary closure returning a future.
            self.async_block(inner, *is_move, body.span);
        } else {
            self.expr(body);
        }
        self.emit(Op::Return, body.span);
        let captured = self.captured_names();
        let index = self.finish_closure(is_move);
        self.emit(Op::MakeClosure(index), span);
        if is_move {
            self.move_captured(index, (Vec::new(), vec![body]), &captured, span);
        }
    }

    /// The names and outer slots of what the closure or `async` block being compiled captured.
    fn captured_names(&mut self) -> Vec<(String, u16)> {
        let captures = &self.top().captures;
        (captures.iter())
            .map(|(name, outer, _)| (name.clone(), *outer))
            .collect()
    }

    /// Finishes a closure or `async` block body. A `move` one gets its own cell for each
    /// captured cell, so that it keeps its copy across calls and the enclosing body keeps its.
    fn finish_closure(&mut self, is_move: bool) -> u32 {
        let captured: Vec<u16> = self
            .top()
            .captures
            .iter()
            .map(|&(_, _, inner)| inner)
            .collect();
        let copy_cells = match is_move {
            true => (captured.iter().copied())
                .enumerate()
                .filter(|&(_, inner)| self.is_boxed(inner))
                .map(|(i, _)| i)
                .collect(),
            false => Vec::new(),
        };
        let (mut body, captures) = self.end();
        body.captured = captured;
        let capture_slots: Vec<(u16, u16)> = captures
            .into_iter()
            .map(|(_, outer, inner)| (outer, inner))
            .collect();
        let copies = match is_move {
            true => (capture_slots.iter().enumerate())
                .filter(|&(i, (outer, _))| {
                    !copy_cells.contains(&i) && !self.top().refs.contains(outer)
                })
                .map(|(i, _)| i)
                .collect(),
            false => Vec::new(),
        };
        self.program.closures.push(Rc::new(ClosureProto {
            body: Rc::new(body),
            capture_slots,
            copy_cells,
            copies,
        }));
        self.program.closures.len() as u32 - 1
    }

    fn struct_literal(
        &mut self,
        path: &ast::Path,
        fields: &[ast::FieldInit],
        base: Option<&Expr>,
        span: Span,
    ) {
        let Some((names, make)) = self.struct_target(path) else {
            return self.emit_unit(span);
        };
        if let Some(base) = base {
            return self.struct_update(path, &names, fields, base, make, span);
        }
        let (types, type_names) = match make {
            Op::MakeStruct(id, _) => (
                self.field_types.get(&id).cloned().unwrap_or_default(),
                self.field_type_names.get(&id).cloned().unwrap_or_default(),
            ),
            _ => (Vec::new(), Vec::new()),
        };
        // By name, so that a struct of many fields costs no quadratic search.
        let inits: HashMap<&str, &ast::FieldInit> =
            fields.iter().map(|f| (f.name.name.as_str(), f)).collect();
        let declared: HashSet<&str> = names.iter().map(String::as_str).collect();
        for (i, name) in names.iter().enumerate() {
            match inits.get(name.as_str()) {
                Some(init)
                    if self
                        .lower_into(&init.value, type_names.get(i).and_then(Option::as_deref)) => {}
                Some(init) => {
                    let ty = types.get(i).copied().flatten();
                    self.moving = true;
                    self.expr_as(&init.value, ty);
                    self.annotate(ty, init.value.span);
                }
                None => {
                    self.error(span, format!("missing field `{name}` in initializer"));
                    self.emit(Op::Unit, span);
                }
            }
        }
        for init in fields
            .iter()
            .filter(|f| !declared.contains(f.name.name.as_str()))
        {
            self.error(
                init.name.span,
                format!("no field `{}` in `{}`", init.name.name, path_text(path)),
            );
        }
        self.emit(make, span);
    }

    /// `Path { a: x, ..base }`: the written fields in the order written, then the base, then
    /// the struct built from the written values and the base's other fields.
    fn struct_update(
        &mut self,
        path: &ast::Path,
        names: &[String],
        fields: &[ast::FieldInit],
        base: &Expr,
        make: Op,
        span: Span,
    ) {
        let first_slot = self.push_scope();
        let mut written = HashMap::new();
        for init in fields {
            self.expr(&init.value);
            let slot = self.new_slot();
            self.emit(Op::Store(slot), init.value.span);
            written.insert(init.name.name.as_str(), slot);
        }
        let struct_ty = ast::Type {
            kind: ast::TypeKind::Path(path.clone()),
            span: path.span,
        };
        if !(Self::is_default_default(base) && self.default_of(&struct_ty, base.span)) {
            self.expr(base);
        }
        let base_slot = self.new_slot();
        self.emit(Op::Store(base_slot), base.span);
        for name in names {
            match written.get(name.as_str()) {
                Some(&slot) => self.emit(Op::Load(slot), span),
                None => {
                    self.emit(Op::Load(base_slot), span);
                    let field = self.name_id(name);
                    self.emit(Op::GetField(field), span)
                }
            };
        }
        self.emit(make, span);
        self.pop_scope(first_slot, span);
    }

    /// `[a, b, c]` or `vec![a, b, c]`, whose unsuffixed numbers take the element type
    /// `elements` when one is declared.
    pub(super) fn list_literal(&mut self, items: &[Expr], elements: Option<NumType>, span: Span) {
        // With no declared element type, one element whose type shows (`u64::MAX`, `1u8`,
        // `x as u64`) types its neighbours, as rustc's inference unifies them all.
        let elements = elements.or_else(|| items.iter().find_map(evident_num_type));
        let count = self.operand(items.len(), span, "elements in one literal");
        for item in items {
            self.moving = true;
            self.expr_as(item, elements);
            self.annotate(elements, item.span);
        }
        self.emit(Op::MakeVec(count), span);
    }

    /// `[value; count]` or `vec![value; count]`.
    pub(super) fn repeat_literal(
        &mut self,
        value: &Expr,
        count: &Expr,
        elements: Option<NumType>,
        span: Span,
    ) {
        self.expr_as(value, elements);
        self.annotate(elements, value.span);
        self.expr_as(count, Some(NumType::Int(IntType::Usize)));
        self.emit(Op::MakeVecRepeat, span);
    }

    pub(super) fn emit_unit(&mut self, span: Span) {
        self.emit(Op::Unit, span);
    }
}

/// Whether `ty` is a trait object or a pointer to one (`&dyn T`, `Box<dyn T>`,
/// `Pin<Box<dyn Future<Output = u8>>>`).
fn is_trait_object(ty: &ast::Type) -> bool {
    match &ty.kind {
        ast::TypeKind::DynTrait(_) => true,
        ast::TypeKind::Ref { inner, .. } => is_trait_object(inner),
        ast::TypeKind::Path(path) => path.segments.last().is_some_and(|segment| {
            segment.generics.iter().any(|arg| match arg {
                ast::GenericArg::Type(inner) => is_trait_object(inner),
                _ => false,
            })
        }),
        _ => false,
    }
}

/// The path as written, for messages.
pub(super) fn path_text(path: &ast::Path) -> String {
    let names: Vec<&str> = path
        .segments
        .iter()
        .map(|s| s.ident.name.as_str())
        .collect();
    names.join("::")
}

/// The operand a chain link lowers first, before anything of its own: the next link inwards.
fn chained_operand(expr: &Expr) -> Option<&Expr> {
    if negated_literal(expr).is_some() {
        return None;
    }
    match &expr.kind {
        ExprKind::MethodCall {
            receiver, method, ..
        } if !lowered_whole(receiver, &method.name) => Some(receiver),
        ExprKind::Field { base, .. }
        | ExprKind::TupleIndex { base, .. }
        | ExprKind::Index { base, .. }
        | ExprKind::Await(base)
        | ExprKind::Try(base)
        | ExprKind::Unary { expr: base, .. }
        | ExprKind::Binary { lhs: base, .. }
        | ExprKind::Cast { expr: base, .. } => Some(base),
        _ => None,
    }
}

/// Whether `expr` reads a value out of a place (`p.inner`, `v[0]`, `*r`): taken by value, a
/// `Copy` one is copied (see `Op::CopyValue`).
fn reads_out_of_place(expr: &Expr) -> bool {
    matches!(
        expr.kind,
        ExprKind::Field { .. }
            | ExprKind::TupleIndex { .. }
            | ExprKind::Index { .. }
            | ExprKind::Unary {
                op: UnaryOp::Deref,
                ..
            }
    )
}

/// Whether `link` uses its operand as a place rather than as a value: a field access, an
/// index, a method call, a reference or a dereference (see `Op::LoadPlace`).
fn is_place_link(link: &Expr) -> bool {
    match &link.kind {
        ExprKind::Unary { op, .. } => matches!(op, UnaryOp::Ref | UnaryOp::RefMut | UnaryOp::Deref),
        kind => matches!(
            kind,
            ExprKind::Field { .. }
                | ExprKind::TupleIndex { .. }
                | ExprKind::Index { .. }
                | ExprKind::MethodCall { .. }
        ),
    }
}

/// Whether `receiver.method(..)` is lowered as a whole by `method_call` rather than as a link
/// of a chain: `place.take()` and the like, `KEY.with(f)` (or another of `LocalKey`'s
/// methods) of a `thread_local!` key, and `v.into_iter()`, which moves `v`.
fn lowered_whole(receiver: &Expr, method: &str) -> bool {
    super::call::is_in_place(method)
        || (matches!(
            method,
            "with" | "with_borrow" | "with_borrow_mut" | "set" | "get" | "into_iter"
        ) && matches!(receiver.kind, ExprKind::Path(_)))
}

/// The literal in `-literal`, a number literal of its own to rustc.
fn negated_literal(expr: &Expr) -> Option<&Lit> {
    match &expr.kind {
        ExprKind::Unary {
            op: UnaryOp::Neg,
            expr: inner,
        } => match &inner.kind {
            ExprKind::Lit(lit @ (Lit::Int { .. } | Lit::Float { .. })) => Some(lit),
            _ => None,
        },
        _ => None,
    }
}

/// The numeric type a chain link expects of its first operand, given the type `hint` expected
/// of the link: arithmetic, negation and `?` pass it on, and so do `unwrap` and its kin.
fn operand_hint(link: &Expr, hint: Option<NumType>) -> Option<NumType> {
    match &link.kind {
        ExprKind::Binary { op, .. } if !is_comparison(*op) => hint,
        ExprKind::Unary {
            op: UnaryOp::Neg | UnaryOp::Not,
            ..
        }
        | ExprKind::Try(_) => hint,
        ExprKind::MethodCall {
            method, turbofish, ..
        } if matches!(
            method.name.as_str(),
            "unwrap" | "expect" | "unwrap_or" | "unwrap_or_default"
        ) =>
        {
            method_type(turbofish, hint)
        }
        _ => None,
    }
}

/// The numeric type a method call asks for: its turbofish (`parse::<u8>()`), else the one
/// expected of its value.
fn method_type(turbofish: &[ast::GenericArg], hint: Option<NumType>) -> Option<NumType> {
    match turbofish {
        [ast::GenericArg::Type(ty)] => super::num_type(ty),
        _ => hint,
    }
}

/// The numeric type an expression shows on its own: a suffixed literal, a type's `MAX` or
/// `MIN`, or a cast.
fn evident_num_type(expr: &Expr) -> Option<NumType> {
    match &expr.kind {
        ExprKind::Lit(Lit::Int { suffix, .. } | Lit::Float { suffix, .. }) => {
            NumType::from_name(suffix.as_deref()?)
        }
        ExprKind::Path(path) => match path.segments.as_slice() {
            [ty, constant] if matches!(constant.ident.name.as_str(), "MAX" | "MIN") => {
                NumType::from_name(&ty.ident.name)
            }
            _ => None,
        },
        ExprKind::Cast { ty, .. } => super::num_type(ty),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            expr,
        } => evident_num_type(expr),
        _ => None,
    }
}

/// The float type a literal's suffix names, if it names one.
fn float_suffix(suffix: &Option<String>) -> Option<FloatType> {
    suffix.as_deref().and_then(FloatType::from_name)
}

/// Whether `expr` slices a range out of a value (`v[1..]`, `v[..]`).
fn is_sub_slice(expr: &Expr) -> bool {
    matches!(&expr.kind, ExprKind::Index { index, .. } if matches!(index.kind, ExprKind::Range { .. }))
}
