//! The checks that wait for a body's final types: integer literals out of their type's range,
//! constant arithmetic that overflows or divides by zero, and `-` on unsigned integers, which
//! rustc rejects (its deny-by-default `overflowing_literals`, `arithmetic_overflow` and
//! `unconditional_panic` lints, and E0600). It must never evaluate anything but literals.

use super::ty::Ty;
use super::Checker;
use crate::script::ast::{BinOp, Expr, ExprKind, Lit, Span, UnaryOp};
use crate::script::eval::number::{Int, IntType};

/// A check to run once the body's types are final.
pub enum Pending {
    /// An integer literal, negated or not, of type `ty`.
    Literal {
        span: Span,
        value: u128,
        negated: bool,
        ty: Ty,
    },
    /// `-x` with `x: ty`.
    Negate { span: Span, ty: Ty },
    /// `lhs op rhs` on constants of type `ty`.
    Fold {
        span: Span,
        op: BinOp,
        lhs: i128,
        rhs: i128,
        ty: Ty,
    },
    /// A division or remainder by a constant zero, of type `ty`.
    DivZero { span: Span, ty: Ty },
}

impl Checker<'_> {
    /// Records an integer literal for the range check.
    pub(super) fn literal_range(&mut self, value: u128, negated: bool, ty: &Ty, span: Span) {
        self.pending.push(Pending::Literal {
            span,
            value,
            negated,
            ty: ty.clone(),
        });
    }

    /// Runs every pending check with the body's final types.
    pub(super) fn run_pending(&mut self) {
        for pending in std::mem::take(&mut self.pending) {
            let problem = match pending {
                Pending::Literal {
                    span,
                    value,
                    negated,
                    ty,
                } => self.int_type(&ty).and_then(|int| {
                    (!fits(value, negated, int)).then(|| {
                        let text = self.report.source.get(span.start..span.end).unwrap_or("");
                        self.report
                            .lint(span, format!("literal out of range for `{}`", int.name()))
                            .note(format!(
                                "note: the literal `{text}` does not fit into the type `{}`",
                                int.name()
                            ))
                    })
                }),
                Pending::Negate { span, ty } => self
                    .int_type(&ty)
                    .filter(|int| !int.signed())
                    .map(|int| self.report.negate_unsigned(span, int.name())),
                Pending::Fold {
                    span,
                    op,
                    lhs,
                    rhs,
                    ty,
                } => self.int_type(&ty).and_then(|int| {
                    let result = Int::new(lhs, int).binary(op, Int::new(rhs, int));
                    result
                        .is_err()
                        .then(|| self.report.lint(span, fold_message(op, rhs)))
                }),
                Pending::DivZero { span, ty } => self.int_type(&ty).map(|_| {
                    self.report
                        .lint(span, "this operation will panic at runtime")
                }),
            };
            if let Some(diagnostic) = problem {
                self.error(diagnostic);
            }
        }
    }

    /// The integer type `ty` ended up as (literals fall back to `i32`).
    fn int_type(&self, ty: &Ty) -> Option<IntType> {
        match self.table.defaulted(ty) {
            Ty::Int(int) if int != IntType::Infer => Some(int),
            _ => None,
        }
    }
}

/// Whether a literal (its magnitude, and whether a `-` precedes it) fits in `int`.
fn fits(value: u128, negated: bool, int: IntType) -> bool {
    if !int.signed() && negated {
        // `-` on an unsigned integer is E0600, reported on its own.
        return true;
    }
    let max = int.max().value as u128;
    let min_magnitude = int.min().value.unsigned_abs();
    if negated {
        value <= min_magnitude
    } else {
        value <= max
    }
}

fn fold_message(op: BinOp, rhs: i128) -> &'static str {
    match op {
        BinOp::Div | BinOp::Rem if rhs == 0 => "this operation will panic at runtime",
        _ => "this arithmetic operation will overflow",
    }
}

/// The value of an integer expression made only of literals, `T::MAX`/`T::MIN` and operators.
pub fn constant(expr: &Expr) -> Option<i128> {
    match &expr.kind {
        ExprKind::Lit(Lit::Int { value, .. }) => i128::try_from(*value).ok(),
        ExprKind::Unary {
            op: UnaryOp::Neg,
            expr,
        } => constant(expr)?.checked_neg(),
        ExprKind::Path(path) => {
            let [owner, name] = path.segments.as_slice() else {
                return None;
            };
            let int = IntType::from_name(&owner.ident.name).filter(|t| *t != IntType::U128)?;
            match name.ident.name.as_str() {
                "MAX" => Some(int.max().value),
                "MIN" => Some(int.min().value),
                _ => None,
            }
        }
        _ => None,
    }
}
