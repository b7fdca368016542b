//! Lowering of `std::mem::{replace, take, swap}`. Values are shared handles, so writing a new
//! value into a place is an assignment to that place (a local, a field, an element), never a
//! change to the value the place held; a reference that is not written `&mut place` is written
//! through at run time (see `eval::mem`). It must never evaluate an argument in another order
//! than rustc does.

use super::Compiler;
use crate::script::ast::{Expr, ExprKind, Span, UnaryOp};
use crate::script::eval::program::{MemOp, Native, Op};

/// The `std::mem` function a call names, if it is one this module lowers.
pub(super) fn mem_op(owner: &str, name: &str) -> Option<MemOp> {
    if !matches!(owner, "" | "mem") {
        return None;
    }
    Some(match name {
        "replace" => MemOp::Replace,
        "take" => MemOp::Take,
        "swap" => MemOp::Swap,
        _ => return None,
    })
}

impl Compiler<'_> {
    /// Compiles `mem::replace(dest, value)`, `mem::take(dest)` or `mem::swap(a, b)`.
    pub(super) fn mem_call(&mut self, op: MemOp, args: &[Expr], span: Span) {
        let wanted = if op == MemOp::Take { 1 } else { 2 };
        if args.len() != wanted {
            self.error(span, format!("this function takes {wanted} arguments"));
            return self.emit_unit(span);
        }
        let places: Vec<Option<&Expr>> = args.iter().map(place_of).collect();
        match (op, places.as_slice()) {
            (MemOp::Replace, [Some(dest), None]) => {
                self.expr(dest);
                self.expr(&args[1]);
                self.store_place(dest, span);
            }
            (MemOp::Take, [Some(dest)]) => {
                self.expr(dest);
                self.emit(Op::Dup, span);
                self.emit(Op::Native(Native::DefaultOf, 1), span);
                self.store_place(dest, span);
            }
            (MemOp::Swap, [Some(a), Some(b)]) => {
                self.expr(a);
                self.expr(b);
                self.store_place(a, span);
                self.store_place(b, span);
                self.emit_unit(span);
            }
            _ => {
                // References held in variables (`fn f(v: &mut Vec<T>)`) are written through.
                args.iter().for_each(|a| self.expr(a));
                let argc = self.operand(args.len(), span, "arguments in one call");
                self.emit(Op::Native(Native::Mem(op), argc), span);
            }
        }
    }

    /// Pops the value on top of the stack into `place`.
    fn store_place(&mut self, place: &Expr, span: Span) {
        match &place.kind {
            ExprKind::Path(path) => {
                let slot = self.assignable(&path.segments[0].ident);
                self.store_local(slot, span);
            }
            ExprKind::Field { .. } | ExprKind::TupleIndex { .. } => {
                let (base, id) = self.field_place(place);
                self.expr(base);
                self.emit(Op::Sink(1), span);
                self.emit(Op::SetField(id), span);
            }
            ExprKind::Index { base, index } => {
                self.expr(base);
                self.expr(index);
                self.emit(Op::Sink(2), span);
                self.emit(Op::SetIndex, span);
            }
            _ => {
                self.error(place.span, "the playground cannot write to this place");
            }
        }
    }
}

/// The place written `&mut place`: a local, a field or an element.
fn place_of(arg: &Expr) -> Option<&Expr> {
    let ExprKind::Unary {
        op: UnaryOp::RefMut,
        expr,
    } = &arg.kind
    else {
        return None;
    };
    match &expr.kind {
        ExprKind::Path(path) if path.segments.len() == 1 => Some(expr),
        ExprKind::Field { .. } | ExprKind::TupleIndex { .. } | ExprKind::Index { .. } => Some(expr),
        _ => None,
    }
}
