//! Lowering of control flow: `if`/`if let`, loops with labels and break values, `match`,
//! `return`. It must never leave a loop's iterator or a match scrutinee on the stack on any
//! path out of the construct.

use super::{Compiler, LoopCtx};
use crate::script::ast::{self, Expr, ExprKind, Span};
use crate::script::eval::program::Op;
use crate::script::eval::value::Value;

impl Compiler<'_> {
    /// Compiles control-flow expressions.
    pub(super) fn control(&mut self, expr: &Expr) {
        let span = expr.span;
        match &expr.kind {
            ExprKind::If {
                cond,
                then,
                otherwise,
            } => self.if_expr(cond, then, otherwise.as_deref(), span),
            ExprKind::While { label, cond, body } => self.while_loop(label, cond, body, span),
            ExprKind::Loop { label, body } => self.plain_loop(label, body, span),
            ExprKind::For {
                label,
                pat,
                iter,
                body,
            } => self.for_loop(label, pat, iter, body, span),
            ExprKind::Break { label, value } => self.break_expr(label, value.as_deref(), span),
            ExprKind::Continue { label } => self.continue_expr(label, span),
            ExprKind::Return(value) => {
                let ret_type_name = self.top().ret_type_name.clone();
                match value {
                    Some(value) if self.lower_into(value, ret_type_name.as_deref()) => {}
                    Some(value) => {
                        let ret = self.top().ret_type;
                        self.moving = true;
                        self.expr_as(value, ret);
                    }
                    None => self.emit_unit(span),
                }
                self.emit_return(span);
                self.emit_unit(span);
            }
            ExprKind::Match { scrutinee, arms } => self.match_expr(scrutinee, arms, span),
            ExprKind::Let { .. } => {
                self.error(
                    span,
                    "`let` expressions are only supported as the condition of `if` and `while`",
                );
                self.emit_unit(span);
            }
            _ => {
                self.error(span, "this expression is not supported by the playground");
                self.emit_unit(span);
            }
        }
    }

    /// Compiles a condition (plain or `let pat = expr`), leaving a bool; returns the scope
    /// start of the bindings so the caller can clear them.
    fn condition(&mut self, cond: &Expr) -> u16 {
        let first = self.push_scope();
        match &cond.kind {
            ExprKind::Let { pat, expr } => {
                self.scrutinee(expr, [pat]);
                self.match_pattern(pat, false, cond.span);
            }
            _ => self.expr(cond),
        }
        first
    }

    /// `if`, with its `else if` links lowered in a loop: a long chain costs no recursion.
    fn if_expr(&mut self, cond: &Expr, then: &ast::Block, otherwise: Option<&Expr>, span: Span) {
        let (mut cond, mut then, mut otherwise, mut span) = (cond, then, otherwise, span);
        let mut to_ends = Vec::new();
        loop {
            let first = self.condition(cond);
            let to_else = self.emit(Op::JumpIfFalse(0), span);
            self.block(then);
            self.pop_scope(first, span);
            to_ends.push(self.emit(Op::Jump(0), span));
            self.patch(to_else);
            match otherwise {
                Some(Expr {
                    kind:
                        ExprKind::If {
                            cond: next_cond,
                            then: next_then,
                            otherwise: next_otherwise,
                        },
                    span: next_span,
                }) => {
                    (cond, then, otherwise, span) =
                        (next_cond, next_then, next_otherwise.as_deref(), *next_span);
                }
                Some(otherwise) => {
                    self.expr(otherwise);
                    break;
                }
                None => {
                    self.emit_unit(span);
                    break;
                }
            }
        }
        for to_end in to_ends {
            self.patch(to_end);
        }
    }

    /// A loop body, whose value is discarded: without a tail it leaves nothing at all.
    fn loop_body(&mut self, body: &ast::Block, span: Span) {
        if body.tail.is_some() {
            self.block(body);
            self.emit(Op::Pop, span);
            return;
        }
        let first = self.push_scope();
        body.stmts.iter().for_each(|stmt| self.stmt(stmt));
        self.pop_scope(first, body.span);
    }

    fn push_loop(&mut self, label: &Option<ast::Ident>, continue_at: usize, result: Option<u16>) {
        let label = label.as_ref().map(|l| l.name.clone());
        let first_slot = self.top().proto.slots;
        self.top().loops.push(LoopCtx {
            label,
            continue_at,
            breaks: Vec::new(),
            result,
            first_slot,
        });
    }

    fn while_loop(
        &mut self,
        label: &Option<ast::Ident>,
        cond: &Expr,
        body: &ast::Block,
        span: Span,
    ) {
        let start = self.here();
        self.push_loop(label, start, None);
        let first = self.condition(cond);
        let exit = self.emit(Op::JumpIfFalse(0), span);
        self.loop_body(body, span);
        self.pop_scope(first, span);
        self.emit(Op::Jump(start as u32), span);
        self.patch(exit);
        self.finish_loop(span);
    }

    fn plain_loop(&mut self, label: &Option<ast::Ident>, body: &ast::Block, span: Span) {
        let result = self.new_slot();
        self.emit(Op::Unit, span);
        self.emit(Op::Store(result), span);
        let start = self.here();
        self.push_loop(label, start, Some(result));
        self.loop_body(body, span);
        self.emit(Op::Jump(start as u32), span);
        self.finish_loop(span);
    }

    fn for_loop(
        &mut self,
        label: &Option<ast::Ident>,
        pat: &ast::Pattern,
        iter: &Expr,
        body: &ast::Block,
        span: Span,
    ) {
        let iterator = self.new_slot();
        let mutably = match &iter.kind {
            ExprKind::Unary {
                op: ast::UnaryOp::RefMut,
                expr,
            } => {
                self.expr(expr);
                true
            }
            _ => {
                // `for x in v` consumes `v`: its items then live only in the loop.
                self.consumed(iter);
                self.is_mut_ref_param(iter)
            }
        };
        self.emit(Op::IterInit(mutably), iter.span);
        self.emit(Op::Store(iterator), iter.span);
        let start = self.here();
        self.push_loop(label, start, None);
        let exit = self.emit(Op::IterNext(iterator, 0), span);
        let first = self.push_scope();
        self.bind_irrefutable(pat);
        self.loop_body(body, span);
        self.pop_scope(first, span);
        self.emit(Op::Jump(start as u32), span);
        self.patch(exit);
        self.finish_loop(span);
        self.emit(Op::Clear(iterator, iterator + 1), span);
    }

    /// Whether `expr` names a parameter declared `&mut`.
    fn is_mut_ref_param(&mut self, expr: &Expr) -> bool {
        self.named_local(expr)
            .is_some_and(|slot| self.top().mut_refs.contains(&slot))
    }

    /// Patches the breaks of the innermost loop and pushes its value.
    fn finish_loop(&mut self, span: Span) {
        let Some(ctx) = self.top().loops.pop() else {
            return;
        };
        for at in ctx.breaks {
            self.patch(at);
        }
        match ctx.result {
            Some(slot) => self.emit(Op::Load(slot), span),
            None => self.emit(Op::Unit, span),
        };
    }

    fn find_loop(&mut self, label: &Option<ast::Ident>, span: Span) -> Option<usize> {
        let loops = &self.top().loops;
        let found = match label {
            Some(label) => loops
                .iter()
                .rposition(|l| l.label.as_deref() == Some(label.name.as_str())),
            None => loops.len().checked_sub(1),
        };
        if found.is_none() {
            self.error(
                span,
                "`break` or `continue` outside of a loop (or with an unknown label)",
            );
        }
        found
    }

    fn break_expr(&mut self, label: &Option<ast::Ident>, value: Option<&Expr>, span: Span) {
        let Some(index) = self.find_loop(label, span) else {
            return self.emit_unit(span);
        };
        match (value, self.top().loops[index].result) {
            (Some(value), Some(slot)) => {
                self.expr(value);
                self.emit(Op::Store(slot), span);
            }
            (Some(value), None) => {
                self.error(value.span, "`break` with a value is only allowed in `loop`")
            }
            (None, _) => {}
        }
        self.leave_loop_scopes(index, span);
        let at = self.emit(Op::Jump(0), span);
        self.top().loops[index].breaks.push(at);
        self.emit_unit(span);
    }

    /// Drops the locals declared inside loop `index` so far, which `break` or `continue` leaves.
    fn leave_loop_scopes(&mut self, index: usize, span: Span) {
        let first = self.top().loops[index].first_slot;
        let end = self.top().proto.slots;
        if end > first {
            self.emit(Op::Clear(first, end), span);
        }
    }

    fn continue_expr(&mut self, label: &Option<ast::Ident>, span: Span) {
        let Some(index) = self.find_loop(label, span) else {
            return self.emit_unit(span);
        };
        self.leave_loop_scopes(index, span);
        let target = self.top().loops[index].continue_at as u32;
        self.emit(Op::Jump(target), span);
        self.emit_unit(span);
    }

    fn match_expr(&mut self, scrutinee: &Expr, arms: &[ast::Arm], span: Span) {
        // The scrutinee lives on to the end of the match, as rustc keeps a temporary: what the
        // patterns leave unbound (a `select` loser under `_`) drops after the arm.
        let kept = self.new_slot();
        self.scrutinee(scrutinee, arms.iter().map(|arm| &arm.pat));
        let mut ends = Vec::new();
        for arm in arms {
            let first = self.push_scope();
            self.match_pattern(&arm.pat, true, arm.pat.span);
            let mut misses = vec![self.emit(Op::JumpIfFalse(0), arm.span)];
            if let Some(guard) = &arm.guard {
                self.expr(guard);
                misses.push(self.emit(Op::JumpIfFalse(0), guard.span));
            }
            self.emit(Op::Store(kept), arm.span);
            self.expr(&arm.body);
            self.pop_scope(first, arm.span);
            ends.push(self.emit(Op::Jump(0), arm.span));
            misses.into_iter().for_each(|at| self.patch(at));
        }
        self.emit(Op::Pop, span);
        self.constant(Value::Str("no match arm matched the value".into()), span);
        self.emit(Op::Panic, span);
        ends.into_iter().for_each(|at| self.patch(at));
        self.emit(Op::Clear(kept, kept + 1), span);
    }
}
