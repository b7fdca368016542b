//! Lowering of the supported macros: the `format!` family, `assert*!`, `panic!`-likes, `vec!`,
//! the futures macros (`join!`, `try_join!`, `select!`, `select_biased!`, `pending!`, `poll!`,
//! `pin!`, `pin_mut!`), `ready!` and `matches!`, with format templates resolved to argument indexes. It must never
//! evaluate a macro argument twice or in another order than rustc's expansion.

use super::Compiler;
use crate::script::ast::{self, ArgRef, Expr, FormatArgs, FormatPiece, MacroArgs, MacroCall, Span};
use crate::script::eval::program::{
    Count, Native, NumType, Op, Piece, PrintTarget, Spec, Template,
};
use crate::script::eval::value::Value;

impl Compiler<'_> {
    /// Compiles a macro call, leaving its value.
    pub(super) fn macro_call(&mut self, call: &MacroCall, elements: Option<NumType>, span: Span) {
        let name = call.name.name.as_str();
        match (&call.args, name) {
            (MacroArgs::Format(format), _) => self.format_macro(name, format.as_ref(), span),
            (MacroArgs::Write { dest, format }, _) => {
                self.write_macro(name, dest, format.as_ref(), span)
            }
            (MacroArgs::Assert { operands, message }, _) => {
                self.assert_macro(name, operands, message.as_ref(), span)
            }
            (MacroArgs::VecList(items), _) => self.list_literal(items, elements, span),
            (MacroArgs::VecRepeat { value, count }, _) => {
                self.repeat_literal(value, count, elements, span)
            }
            (MacroArgs::List(futures), "join" | "try_join" | "pending" | "poll") => {
                self.require_async(name, span);
                let native = match name {
                    "join" => Native::Join,
                    "try_join" => Native::TryJoin,
                    "pending" => Native::PendingOnce,
                    _ => Native::PollOnce,
                };
                let count = self.operand(futures.len(), span, "futures in one `join!`");
                futures.iter().for_each(|f| self.expr(f));
                self.emit(Op::Native(native, count), span);
                self.emit(Op::Await, span);
            }
            // Interpreted values never move in memory, so pinning them changes nothing:
            // `pin!(f)` is `f`, and `pin_mut!(a, b)` leaves its locals as they are.
            (MacroArgs::List(values), "pin") => match values.as_slice() {
                [value] => self.expr(value),
                _ => {
                    self.error(span, "`pin!` takes one value");
                    self.emit_unit(span);
                }
            },
            (MacroArgs::List(_), "pin_mut") => self.emit_unit(span),
            (MacroArgs::List(values), "ready") => match values.as_slice() {
                [poll] => self.ready_macro(poll, span),
                _ => {
                    self.error(span, "`ready!` takes one `Poll`");
                    self.emit_unit(span);
                }
            },
            (MacroArgs::Select(branches), "select" | "select_biased") => {
                self.select_macro(branches, name == "select_biased", span)
            }
            (MacroArgs::Matches { expr, pat, guard }, _) => {
                self.matches_macro(expr, pat, guard.as_deref(), span)
            }
            _ => {
                self.error(
                    call.name.span,
                    format!("the macro `{name}!` is not supported by the playground"),
                );
                self.emit_unit(span);
            }
        }
    }

    /// `ready!(poll)`: the value of a `Poll::Ready`, or a return of `Poll::Pending`.
    fn ready_macro(&mut self, poll: &Expr, span: Span) {
        self.expr(poll);
        let to_pending = self.emit(Op::ReadySplit(0), span);
        let to_ready = self.emit(Op::Jump(0), span);
        self.patch(to_pending);
        self.emit_return(span);
        self.patch(to_ready);
    }

    fn require_async(&mut self, name: &str, span: Span) {
        if !self.top().proto.is_async {
            self.error(
                span,
                format!("`{name}!` is only allowed inside `async` functions and blocks"),
            );
        }
    }

    /// `select!` as futures expands it: each future that is not a plain path is first kept in
    /// a hidden local that lives to the end of the macro; the select future yields the chosen
    /// branch's index with its output (`complete` is index `n`, `default` `n + 1`), and each
    /// branch tests the index. With a `default` branch it polls once, without awaiting.
    fn select_macro(&mut self, branches: &[ast::SelectBranch], biased: bool, span: Span) {
        let first = self.push_scope();
        let mut futures = Vec::new();
        for branch in branches {
            if let ast::SelectKind::Future { future, .. } = &branch.kind {
                if matches!(future.kind, ast::ExprKind::Path(_)) {
                    futures.push(None);
                } else {
                    self.expr(future);
                    let slot = self.new_slot();
                    self.emit(Op::Store(slot), future.span);
                    futures.push(Some(slot));
                }
            }
        }
        let mut kinds = branches.iter().map(|b| &b.kind);
        let complete = kinds
            .clone()
            .any(|k| matches!(k, ast::SelectKind::Complete));
        let default = kinds.any(|k| matches!(k, ast::SelectKind::Default));
        if !default {
            self.require_async("select", span);
        }
        let polled = branches.iter().filter_map(|b| match &b.kind {
            ast::SelectKind::Future { future, .. } => Some(future),
            _ => None,
        });
        for (future, slot) in polled.zip(futures.iter().copied()) {
            if let Some(slot) = slot {
                self.emit(Op::Load(slot), future.span);
            } else {
                self.expr(future);
            }
        }
        let count = self.operand(futures.len(), span, "branches in one `select!`");
        let select = Native::SelectMacro {
            biased,
            complete,
            default,
        };
        self.emit(Op::Native(select, count), span);
        if !default {
            self.emit(Op::Await, span);
        }
        let chosen = self.new_slot();
        self.emit(Op::Store(chosen), span);
        self.select_branches(branches, futures.len(), chosen, span);
        self.pop_scope(first, span);
    }

    /// Runs the branch whose index is in `chosen`, leaving its value.
    fn select_branches(
        &mut self,
        branches: &[ast::SelectBranch],
        count: usize,
        chosen: u16,
        span: Span,
    ) {
        let mut ends = Vec::new();
        let mut next_future = 0;
        for (i, branch) in branches.iter().enumerate() {
            let index = match &branch.kind {
                ast::SelectKind::Future { .. } => {
                    next_future += 1;
                    next_future - 1
                }
                ast::SelectKind::Complete => count,
                ast::SelectKind::Default => count + 1,
            };
            let last = i + 1 == branches.len();
            let miss = (!last).then(|| {
                self.emit(Op::Load(chosen), span);
                self.emit(Op::TupleIndex(0), span);
                self.constant(Value::usize(index), span);
                self.emit(Op::Binary(ast::BinOp::Eq), span);
                self.emit(Op::JumpIfFalse(0), span)
            });
            let scope = self.push_scope();
            if let ast::SelectKind::Future { pat, .. } = &branch.kind {
                self.emit(Op::Load(chosen), span);
                self.emit(Op::TupleIndex(1), span);
                self.bind_irrefutable(pat);
            }
            self.expr(&branch.body);
            self.pop_scope(scope, span);
            if let Some(miss) = miss {
                ends.push(self.emit(Op::Jump(0), span));
                self.patch(miss);
            }
        }
        if branches.is_empty() {
            self.emit_unit(span);
        }
        ends.into_iter().for_each(|at| self.patch(at));
    }

    fn format_macro(&mut self, name: &str, format: Option<&FormatArgs>, span: Span) {
        let prefix = match name {
            "unreachable" => Some("internal error: entered unreachable code"),
            "todo" => Some("not yet implemented"),
            "unimplemented" => Some("not implemented"),
            _ => None,
        };
        match (format, prefix, name) {
            (Some(format), Some(prefix), _) => {
                let mut template = vec![FormatPiece::Literal(format!("{prefix}: "))];
                template.extend(format.template.pieces.iter().cloned());
                self.template(&template, &format.args, span);
            }
            (Some(format), None, _) => self.template(&format.template.pieces, &format.args, span),
            (None, Some(prefix), _) => self.constant(Value::Str(prefix.into()), span),
            (None, None, "panic") => self.constant(Value::Str("explicit panic".into()), span),
            (None, None, _) => self.constant(Value::Str("".into()), span),
        }
        let target = match name {
            "println" => PrintTarget::Line,
            "print" => PrintTarget::Partial,
            "eprintln" => PrintTarget::ErrLine,
            "eprint" => PrintTarget::ErrPartial,
            "format" => return,
            "panic" | "unreachable" | "todo" | "unimplemented" => {
                self.emit(Op::Panic, span);
                return;
            }
            _ => {
                self.error(
                    span,
                    format!("the macro `{name}!` is not supported by the playground"),
                );
                return;
            }
        };
        self.emit(Op::Print(target), span);
        self.emit_unit(span);
    }

    /// `write!(dest, ..)` and `writeln!`: formats, then writes the text with the destination's
    /// `write_str` (a `String`, or the `Formatter` a `fmt` method is given), giving its result.
    fn write_macro(&mut self, name: &str, dest: &Expr, format: Option<&FormatArgs>, span: Span) {
        self.expr(dest);
        let newline = (name == "writeln").then(|| FormatPiece::Literal("\n".into()));
        match format {
            Some(format) => {
                let pieces: Vec<FormatPiece> = format
                    .template
                    .pieces
                    .iter()
                    .cloned()
                    .chain(newline)
                    .collect();
                self.template(&pieces, &format.args, span);
            }
            None => {
                let text = if newline.is_some() { "\n" } else { "" };
                self.constant(Value::Str(text.into()), span);
            }
        }
        let write_str = self.name_id("write_str");
        self.emit(Op::Method(write_str, 1), span);
    }

    /// Pushes the arguments of a format template and formats them into a `String`.
    fn template(&mut self, pieces: &[FormatPiece], args: &[ast::FormatArg], span: Span) {
        self.template_with(pieces, args, 0, &[], span);
    }

    /// Like [`Compiler::template`], with `extra` already-pushed values at indexes `first..`
    /// appended to the template (used by `assert_eq!`).
    fn template_with(
        &mut self,
        pieces: &[FormatPiece],
        args: &[ast::FormatArg],
        first: usize,
        extra: &[FormatPiece],
        span: Span,
    ) {
        let mut names: Vec<String> = args
            .iter()
            .map(|a| a.name.as_ref().map_or(String::new(), |n| n.name.clone()))
            .collect();
        args.iter().for_each(|a| self.expr(&a.value));
        let mut lowered = Vec::new();
        for piece in pieces.iter().chain(extra) {
            lowered.push(match piece {
                FormatPiece::Literal(text) => Piece::Text(text.clone()),
                FormatPiece::Placeholder(p) => {
                    let spec = self.spec(&p.spec, &mut names, first, span);
                    let index = self.arg_index(&p.arg, &mut names, first, span);
                    Piece::Arg(index, spec)
                }
            });
        }
        self.program.templates.push(Template {
            pieces: lowered,
            args: names.len() + first,
        });
        let index = self.program.templates.len() as u32 - 1;
        self.emit(Op::Format(index), span);
    }

    fn arg_index(
        &mut self,
        arg: &ArgRef,
        names: &mut Vec<String>,
        first: usize,
        span: Span,
    ) -> usize {
        match arg {
            ArgRef::Index(i) if *i >= usize::MAX / 2 => *i - usize::MAX / 2,
            ArgRef::Index(i) => first + i,
            ArgRef::Name(name) => match names.iter().position(|n| n == name) {
                Some(i) => first + i,
                None => {
                    let ident = ast::Ident {
                        name: name.clone(),
                        span,
                    };
                    self.path_value(
                        &ast::Path {
                            segments: vec![ast::PathSegment {
                                ident,
                                generics: Vec::new(),
                            }],
                            span,
                            as_trait: None,
                        },
                        false,
                    );
                    names.push(name.clone());
                    first + names.len() - 1
                }
            },
        }
    }

    fn spec(
        &mut self,
        spec: &ast::FormatSpec,
        names: &mut Vec<String>,
        first: usize,
        span: Span,
    ) -> Spec {
        let mut count = |count: &Option<ast::Count>, this: &mut Self| match count {
            Some(ast::Count::Literal(n)) => Some(Count::Literal(*n)),
            Some(ast::Count::Arg(arg)) => Some(Count::Arg(this.arg_index(arg, names, first, span))),
            None => None,
        };
        Spec {
            fill: spec.fill.unwrap_or(' '),
            align: spec.align,
            plus: spec.plus,
            alternate: spec.alternate,
            zero: spec.zero_pad,
            width: count(&spec.width, self),
            precision: count(&spec.precision, self),
            kind: spec.format_trait,
        }
    }

    fn assert_macro(
        &mut self,
        name: &str,
        operands: &[ast::Expr],
        message: Option<&FormatArgs>,
        span: Span,
    ) {
        let op = match name.trim_start_matches("debug_") {
            "assert_eq" => "==",
            "assert_ne" => "!=",
            _ => return self.assert_true(operands, message, span),
        };
        let [left, right] = operands else {
            self.error(span, format!("`{name}!` takes two values"));
            return self.emit_unit(span);
        };
        self.expr(left);
        self.expr(right);
        self.emit(Op::Dup2, span);
        self.emit(
            Op::Binary(if op == "==" {
                ast::BinOp::Eq
            } else {
                ast::BinOp::Ne
            }),
            span,
        );
        let fail = self.emit(Op::JumpIfFalse(0), span);
        self.emit(Op::Pop, span);
        self.emit(Op::Pop, span);
        let end = self.emit(Op::Jump(0), span);
        self.patch(fail);
        let debug = |i| {
            FormatPiece::Placeholder(ast::Placeholder {
                arg: ArgRef::Index(usize::MAX / 2 + i),
                spec: ast::FormatSpec {
                    format_trait: ast::FormatTrait::Debug,
                    ..Default::default()
                },
                span,
            })
        };
        let mut head = vec![FormatPiece::Literal(format!(
            "assertion `left {op} right` failed"
        ))];
        let tail = [
            FormatPiece::Literal("\n  left: ".into()),
            debug(0),
            FormatPiece::Literal("\n right: ".into()),
            debug(1),
        ];
        match message {
            Some(message) => {
                head.push(FormatPiece::Literal(": ".into()));
                head.extend(message.template.pieces.iter().cloned());
                self.template_with(&head, &message.args, 2, &tail, span);
            }
            None => self.template_with(&head, &[], 2, &tail, span),
        }
        self.emit(Op::Panic, span);
        self.patch(end);
        self.emit_unit(span);
    }

    fn assert_true(&mut self, operands: &[ast::Expr], message: Option<&FormatArgs>, span: Span) {
        let Some(cond) = operands.first() else {
            return self.emit_unit(span);
        };
        self.expr(cond);
        let fail = self.emit(Op::JumpIfFalse(0), span);
        let end = self.emit(Op::Jump(0), span);
        self.patch(fail);
        match message {
            Some(message) => self.template(&message.template.pieces, &message.args, span),
            None => {
                let text = self
                    .source
                    .get(cond.span.start..cond.span.end)
                    .unwrap_or("condition");
                self.constant(Value::Str(format!("assertion failed: {text}").into()), span);
            }
        }
        self.emit(Op::Panic, span);
        self.patch(end);
        self.emit_unit(span);
    }

    fn matches_macro(
        &mut self,
        expr: &ast::Expr,
        pat: &ast::Pattern,
        guard: Option<&ast::Expr>,
        span: Span,
    ) {
        self.expr(expr);
        let first = self.push_scope();
        self.match_pattern(pat, false, span);
        if let Some(guard) = guard {
            let miss = self.emit(Op::JumpIfFalse(0), span);
            self.expr(guard);
            let end = self.emit(Op::Jump(0), span);
            self.patch(miss);
            self.constant(Value::Bool(false), span);
            self.patch(end);
        }
        self.pop_scope(first, span);
    }
}
