//! Walks over the syntax tree that the checker and the evaluator share: the expressions and
//! blocks directly inside an expression, and the names a closure's body uses only through their
//! fields (which a Rust 2021 closure captures field by field). It must never recurse in Rust:
//! trees nest as deep as the parser allows, so walks keep work lists.

use crate::script::ast::{Block, Expr, ExprKind, FormatArgs, MacroArgs, Stmt};

/// The blocks and expressions directly inside `expr`, where nested items may be written.
pub fn push_children<'s>(expr: &'s Expr, blocks: &mut Vec<&'s Block>, exprs: &mut Vec<&'s Expr>) {
    match &expr.kind {
        ExprKind::Block(block)
        | ExprKind::Async { body: block, .. }
        | ExprKind::Loop { body: block, .. } => blocks.push(block),
        ExprKind::While { cond, body, .. } => {
            exprs.push(cond);
            blocks.push(body);
        }
        ExprKind::For { iter, body, .. } => {
            exprs.push(iter);
            blocks.push(body);
        }
        ExprKind::If {
            cond,
            then,
            otherwise,
        } => {
            exprs.push(cond);
            blocks.push(then);
            exprs.extend(otherwise.as_deref());
        }
        ExprKind::Match { scrutinee, arms } => {
            exprs.push(scrutinee);
            exprs.extend(arms.iter().map(|arm| &arm.body));
        }
        ExprKind::Closure { body, .. }
        | ExprKind::Await(body)
        | ExprKind::Try(body)
        | ExprKind::Unary { expr: body, .. }
        | ExprKind::Cast { expr: body, .. }
        | ExprKind::Field { base: body, .. }
        | ExprKind::TupleIndex { base: body, .. }
        | ExprKind::Let { expr: body, .. } => exprs.push(body),
        ExprKind::Call { callee, args } => {
            exprs.push(callee);
            exprs.extend(args);
        }
        ExprKind::MethodCall { receiver, args, .. } => {
            exprs.push(receiver);
            exprs.extend(args);
        }
        ExprKind::Binary { lhs, rhs, .. }
        | ExprKind::Assign { lhs, rhs }
        | ExprKind::CompoundAssign { lhs, rhs, .. }
        | ExprKind::Index {
            base: lhs,
            index: rhs,
        } => {
            exprs.push(lhs);
            exprs.push(rhs);
        }
        ExprKind::Tuple(items) | ExprKind::Array(items) => exprs.extend(items),
        ExprKind::Return(Some(value))
        | ExprKind::Break {
            value: Some(value), ..
        } => exprs.push(value),
        ExprKind::Struct { fields, base, .. } => {
            exprs.extend(fields.iter().map(|f| &f.value));
            exprs.extend(base.as_deref());
        }
        ExprKind::Macro(call) => match &call.args {
            MacroArgs::List(items) | MacroArgs::VecList(items) => exprs.extend(items),
            MacroArgs::Format(format) => exprs.extend(format_values(format.as_ref())),
            MacroArgs::Write { dest, format } => {
                exprs.push(dest);
                exprs.extend(format_values(format.as_ref()));
            }
            MacroArgs::Assert { operands, message } => {
                exprs.extend(operands);
                exprs.extend(format_values(message.as_ref()));
            }
            _ => {}
        },
        _ => {}
    }
}

/// The values after a format string.
fn format_values(format: Option<&FormatArgs>) -> impl Iterator<Item = &Expr> {
    format
        .into_iter()
        .flat_map(|f| f.args.iter().map(|arg| &arg.value))
}

/// The names that a body (`blocks` and `exprs`) uses, and only through a field
/// (`config.name`, `pair.0`): what a Rust 2021 closure captures field by field.
pub fn used_by_field_only<'a>(
    mut blocks: Vec<&'a Block>,
    mut exprs: Vec<&'a Expr>,
) -> std::collections::HashSet<String> {
    let mut by_field = std::collections::HashSet::new();
    let mut whole = std::collections::HashSet::new();
    let single = |base: &Expr| match &base.kind {
        ExprKind::Path(path) if path.segments.len() == 1 => {
            Some(path.segments[0].ident.name.clone())
        }
        _ => None,
    };
    loop {
        if let Some(block) = blocks.pop() {
            for stmt in &block.stmts {
                match stmt {
                    Stmt::Let { init, .. } => exprs.extend(init),
                    Stmt::Expr { expr, .. } => exprs.push(expr),
                    Stmt::Item(_) => {}
                }
            }
            exprs.extend(block.tail.as_deref());
        } else if let Some(expr) = exprs.pop() {
            match &expr.kind {
                ExprKind::Field { base, .. } | ExprKind::TupleIndex { base, .. }
                    if single(base).is_some() =>
                {
                    by_field.extend(single(base));
                }
                ExprKind::Path(_) => whole.extend(single(expr)),
                _ => push_children(expr, &mut blocks, &mut exprs),
            }
        } else {
            break;
        }
    }
    by_field.retain(|name| !whole.contains(name));
    by_field
}
