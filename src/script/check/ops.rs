//! Checking operators: arithmetic, bit, shift, comparison and logical operators, compound
//! assignment and negation, with rustc's E0308, E0277 and E0369 for operands that do not go
//! together. It must never reject operands of a type it does not know (a user type may
//! implement the operator).

use super::infer::VarKind;
use super::lints::{constant, Pending};
use super::ty::Ty;
use super::Checker;
use crate::script::ast::{BinOp, Expr, Span};
use crate::script::eval::ops::op_text;

/// Which family of number a type is, if it is one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Number {
    Int,
    Float,
}

impl Checker<'_> {
    /// The family of number `ty` is (a number literal's included), if it is one.
    pub(super) fn number(&self, ty: &Ty) -> Option<Number> {
        match self.table.shallow(ty) {
            Ty::Int(_) => Some(Number::Int),
            Ty::Float(_) => Some(Number::Float),
            Ty::Var(v) => match self.table.kind(v) {
                VarKind::Integer => Some(Number::Int),
                VarKind::Float => Some(Number::Float),
                VarKind::General => None,
            },
            _ => None,
        }
    }

    /// Checks `lhs op rhs`.
    pub(super) fn binary(&mut self, op: BinOp, lhs: &Expr, rhs: &Expr, span: Span) -> Ty {
        let compares = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        let lt = if compares {
            self.place(lhs)
        } else {
            self.expr(lhs)
        };
        let rt = if compares {
            self.place(rhs)
        } else {
            self.expr(rhs)
        };
        match op {
            BinOp::And | BinOp::Or => {
                self.coerce_at(lhs.span, &Ty::Bool, &lt);
                self.coerce_at(rhs.span, &Ty::Bool, &rt);
                Ty::Bool
            }
            _ if compares => {
                self.same_numbers(&lt, &rt, rhs.span);
                Ty::Bool
            }
            BinOp::Shl | BinOp::Shr => {
                self.fold(op, lhs, rhs, span, &lt);
                lt
            }
            _ => self.arithmetic(op, (lhs, &lt), (rhs, &rt), span),
        }
    }

    /// Unifies two operands that must be the same number type; E0308 when both are typed
    /// differently. `false` when they are not both numbers.
    pub(super) fn same_numbers(&mut self, lt: &Ty, rt: &Ty, at: Span) -> bool {
        let (Some(a), Some(b)) = (self.number(lt), self.number(rt)) else {
            return false;
        };
        if a == b && !self.table.unify(lt, rt) {
            let d = self.report.mismatch(&self.table, at, lt, rt);
            self.error(d);
        }
        true
    }

    fn arithmetic(&mut self, op: BinOp, lhs: (&Expr, &Ty), rhs: (&Expr, &Ty), span: Span) -> Ty {
        let (lt, rt) = (self.table.shallow(lhs.1), self.table.shallow(rhs.1));
        let at = self.operator_span(lhs.0, rhs.0);
        match (self.number(&lt), self.number(&rt)) {
            (Some(a), Some(b)) if a == b => {
                self.same_numbers(&lt, &rt, rhs.0.span);
                self.fold(op, lhs.0, rhs.0, span, &lt);
                return lt;
            }
            (Some(a), Some(_))
                if op != BinOp::BitAnd && op != BinOp::BitOr && op != BinOp::BitXor =>
            {
                let message = if matches!((&lt, &rt), (Ty::Var(_), Ty::Var(_))) {
                    mixed_literals(op, a)
                } else {
                    format!(
                        "cannot {} `{}` {} `{}`",
                        verb(op),
                        self.table.show(&rt),
                        preposition(op),
                        self.table.show(&lt)
                    )
                };
                let label = format!(
                    "no implementation for `{} {} {}`",
                    self.table.show(&lt),
                    op_text(op),
                    self.table.show(&rt)
                );
                let d = self.report.operands(at, message, label);
                self.error(d);
                return Ty::Unknown;
            }
            _ => {}
        }
        match (&lt, op) {
            (Ty::Adt(name, _), BinOp::Add) if name == "String" => {
                let expected = Ty::Ref(false, Box::new(Ty::Str));
                self.coerce_at(rhs.0.span, &expected, &rt);
                lt
            }
            (Ty::Bool, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor) => Ty::Bool,
            (Ty::Bool | Ty::Char, _) if self.known(&rt) || self.number(&rt).is_some() => {
                let message = format!(
                    "cannot {} `{}` {} `{}`",
                    verb(op),
                    self.table.show(&rt),
                    preposition(op),
                    self.table.show(&lt)
                );
                let d = self.report.no_operator(at, message);
                self.error(d);
                Ty::Unknown
            }
            _ => {
                self.table.forget(&lt);
                self.table.forget(&rt);
                self.give_up()
            }
        }
    }

    /// Where the operator between two operands is written.
    fn operator_span(&self, lhs: &Expr, rhs: &Expr) -> Span {
        let between = self
            .report
            .source
            .get(lhs.span.end..rhs.span.start)
            .unwrap_or("");
        let offset = between.len() - between.trim_start().len();
        Span::new(lhs.span.end + offset, rhs.span.start)
    }

    /// Checks `lhs op= rhs` once the target's type is known.
    pub(super) fn compound(&mut self, op: BinOp, target: &Ty, rhs: &Expr, span: Span) {
        let rt = self.expr(rhs);
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return;
        }
        if !self.same_numbers(target, &rt, rhs.span)
            && self.table.shallow(target).is_named("String")
        {
            self.coerce_at(rhs.span, &Ty::Ref(false, Box::new(Ty::Str)), &rt);
        }
        let _ = span;
    }

    /// `-operand`: unsigned operands are E0600 once their type is known.
    pub(super) fn negation(&mut self, span: Span, ty: &Ty) {
        self.pending.push(Pending::Negate {
            span,
            ty: ty.clone(),
        });
    }

    /// Records a constant operation for rustc's compile-time overflow and division checks.
    fn fold(&mut self, op: BinOp, lhs: &Expr, rhs: &Expr, span: Span, ty: &Ty) {
        let divides = matches!(op, BinOp::Div | BinOp::Rem);
        match (constant(lhs), constant(rhs)) {
            (Some(a), Some(b)) => self.pending.push(Pending::Fold {
                span,
                op,
                lhs: a,
                rhs: b,
                ty: ty.clone(),
            }),
            (None, Some(0)) if divides => self.pending.push(Pending::DivZero {
                span,
                ty: ty.clone(),
            }),
            _ => {}
        }
    }
}

fn verb(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "subtract",
        BinOp::Mul => "multiply",
        BinOp::Div => "divide",
        BinOp::Rem => "calculate the remainder of",
        _ => "apply the operator to",
    }
}

fn preposition(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "to",
        BinOp::Sub => "from",
        BinOp::Mul | BinOp::Div => "by",
        _ => "and",
    }
}

/// rustc's message for an integer literal and a float literal under one operator.
fn mixed_literals(op: BinOp, lhs: Number) -> String {
    let (this, that) = match lhs {
        Number::Int => ("an integer", "a float"),
        Number::Float => ("a float", "an integer"),
    };
    match op {
        BinOp::Add => format!("cannot add {that} to {this}"),
        BinOp::Sub => format!("cannot subtract {that} from {this}"),
        BinOp::Mul => format!("cannot multiply {this} by {that}"),
        BinOp::Div => format!("cannot divide {this} by {that}"),
        _ => format!("cannot calculate the remainder of {this} divided by {that}"),
    }
}
