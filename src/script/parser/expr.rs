//! Expressions with Rust's precedence and associativity: assignment, ranges, binary operators,
//! `as`, unary operators, postfix `?`/`.await`/calls/fields/indexing, and primary expressions.
//! It must never recurse without `enter` (depth cap) nor loop without consuming a token.

use super::Parser;
use crate::script::ast::{BinOp, Expr, ExprKind, FieldInit, Lit, Path, Span, UnaryOp};
use crate::script::token::TokenKind;

/// The inside of an array or `vec!`: a list or a repeated value.
pub(super) enum Elements {
    List(Vec<Expr>),
    Repeat(Box<Expr>, Box<Expr>),
}

/// Binary operators with their binding power (higher binds tighter). All are left-associative;
/// comparisons may not be chained.
const BINARY: &[(&str, BinOp, u8)] = &[
    ("||", BinOp::Or, 1),
    ("&&", BinOp::And, 2),
    ("==", BinOp::Eq, 3),
    ("!=", BinOp::Ne, 3),
    ("<", BinOp::Lt, 3),
    ("<=", BinOp::Le, 3),
    (">", BinOp::Gt, 3),
    (">=", BinOp::Ge, 3),
    ("|", BinOp::BitOr, 4),
    ("^", BinOp::BitXor, 5),
    ("&", BinOp::BitAnd, 6),
    ("<<", BinOp::Shl, 7),
    (">>", BinOp::Shr, 7),
    ("+", BinOp::Add, 8),
    ("-", BinOp::Sub, 8),
    ("*", BinOp::Mul, 9),
    ("/", BinOp::Div, 9),
    ("%", BinOp::Rem, 9),
];

/// `as` binds tighter than every binary operator and looser than unary ones.
const AS_POWER: u8 = 10;

/// The lowest binding power that excludes `&&` and `||` (for `let` scrutinees).
pub(super) const ABOVE_LOGICAL: u8 = 3;

const COMPOUND: &[(&str, BinOp)] = &[
    ("+=", BinOp::Add),
    ("-=", BinOp::Sub),
    ("*=", BinOp::Mul),
    ("/=", BinOp::Div),
    ("%=", BinOp::Rem),
    ("&=", BinOp::BitAnd),
    ("|=", BinOp::BitOr),
    ("^=", BinOp::BitXor),
    ("<<=", BinOp::Shl),
    (">>=", BinOp::Shr),
];

impl Parser<'_> {
    /// A full expression, assignment included.
    pub(super) fn expr(&mut self) -> Expr {
        let start = self.span();
        self.nest_expr(|p| {
            let lhs = p.range_expr();
            p.assignment(lhs, start)
        })
    }

    /// Parses with `f` one nesting level deeper; an error expression at the depth limit.
    pub(super) fn nest_expr(&mut self, f: impl FnOnce(&mut Self) -> Expr) -> Expr {
        let error = Expr {
            kind: ExprKind::Error,
            span: self.span(),
        };
        self.nest(error, f)
    }

    /// An expression in a head where `Name {` must not start a struct literal.
    pub(super) fn expr_no_struct(&mut self) -> Expr {
        let saved = std::mem::replace(&mut self.no_struct, true);
        let expr = self.expr();
        self.no_struct = saved;
        expr
    }

    fn assignment(&mut self, lhs: Expr, start: Span) -> Expr {
        let op = self.nth_text(0);
        let kind = if op == "=" {
            self.bump();
            ExprKind::Assign {
                lhs: Box::new(lhs),
                rhs: Box::new(self.expr()),
            }
        } else if let Some((_, op)) = COMPOUND.iter().find(|(text, _)| *text == op) {
            self.bump();
            ExprKind::CompoundAssign {
                op: *op,
                lhs: Box::new(lhs),
                rhs: Box::new(self.expr()),
            }
        } else {
            return lhs;
        };
        Expr {
            kind,
            span: self.since(start),
        }
    }

    fn range_expr(&mut self) -> Expr {
        let start = self.span();
        let lhs = if self.at("..") || self.at("..=") {
            None
        } else {
            Some(self.binary(0))
        };
        if !(self.at("..") || self.at("..=")) {
            return lhs.unwrap_or(Expr {
                kind: ExprKind::Error,
                span: start,
            });
        }
        let inclusive = self.at("..=");
        self.bump();
        let end = self.at_expr_start().then(|| Box::new(self.binary(0)));
        if inclusive && end.is_none() {
            self.error_here("inclusive range `..=` needs an end");
        }
        let kind = ExprKind::Range {
            start: lhs.map(Box::new),
            end,
            inclusive,
        };
        Expr {
            kind,
            span: self.since(start),
        }
    }

    /// Whether the current token can begin an expression (used after `..`, `return`, `break`).
    pub(super) fn at_expr_start(&mut self) -> bool {
        match self.nth_kind(0) {
            None => false,
            Some(TokenKind::Punct(p)) => {
                matches!(
                    p,
                    "(" | "[" | "-" | "!" | "*" | "&" | "&&" | "|" | "||" | "::" | "<"
                ) || (p == "{" && !self.no_struct)
            }
            Some(TokenKind::Ident) => !matches!(self.nth_text(0), "as" | "else" | "in"),
            Some(_) => true,
        }
    }

    /// Binary operators binding tighter than `min_power`, by precedence climbing.
    pub(super) fn binary(&mut self, min_power: u8) -> Expr {
        let start = self.span();
        let lhs = self.unary();
        self.binary_after(lhs, start, min_power)
    }

    /// The rest of an expression whose first operand `lhs` (from `start`) is already parsed:
    /// binary operators and casts, then an assignment.
    pub(super) fn continue_expr(&mut self, lhs: Expr, start: Span) -> Expr {
        let lhs = self.binary_after(lhs, start, 0);
        self.assignment(lhs, start)
    }

    fn binary_after(&mut self, mut lhs: Expr, start: Span, min_power: u8) -> Expr {
        let mut chained_comparison = false;
        loop {
            if self.at("as") && AS_POWER > min_power {
                self.bump();
                let ty = self.ty();
                lhs = Expr {
                    kind: ExprKind::Cast {
                        expr: Box::new(lhs),
                        ty,
                    },
                    span: self.since(start),
                };
                continue;
            }
            let text = self.nth_text(0);
            let Some(&(_, op, power)) = BINARY.iter().find(|(t, _, _)| *t == text) else {
                break;
            };
            if power <= min_power {
                break;
            }
            if power == 3 && std::mem::replace(&mut chained_comparison, true) {
                self.error_here("comparison operators cannot be chained; use parentheses");
            }
            self.bump();
            let rhs = self.binary(power);
            let kind = ExprKind::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
            };
            lhs = Expr {
                kind,
                span: self.since(start),
            };
        }
        lhs
    }

    fn unary(&mut self) -> Expr {
        let start = self.span();
        let op = match self.nth_text(0) {
            "-" => UnaryOp::Neg,
            "!" => UnaryOp::Not,
            "*" => UnaryOp::Deref,
            "&" | "&&" => UnaryOp::Ref,
            _ => return self.postfix_expr(),
        };
        if !self.enter() {
            return Expr {
                kind: ExprKind::Error,
                span: start,
            };
        }
        let double = self.at("&&");
        self.bump();
        let op = if op == UnaryOp::Ref && self.eat("mut") {
            UnaryOp::RefMut
        } else {
            op
        };
        let mut expr = self.unary();
        if double {
            // `&&x` is `&(&x)`.
            let kind = ExprKind::Unary {
                op,
                expr: Box::new(expr),
            };
            expr = Expr {
                kind,
                span: self.since(Span::new(start.start + 1, start.end)),
            };
        }
        self.leave();
        let op = if double { UnaryOp::Ref } else { op };
        Expr {
            kind: ExprKind::Unary {
                op,
                expr: Box::new(expr),
            },
            span: self.since(start),
        }
    }

    fn postfix_expr(&mut self) -> Expr {
        let primary = self.primary();
        self.postfix(primary)
    }

    /// `?`, `.await`, `.field`, `.0`, `.method::<T>(..)`, `(..)` and `[..]` after `expr`.
    pub(super) fn postfix(&mut self, mut expr: Expr) -> Expr {
        let start = expr.span;
        loop {
            let kind = match self.nth_text(0) {
                "?" => {
                    self.bump();
                    ExprKind::Try(Box::new(expr))
                }
                "(" => ExprKind::Call {
                    callee: Box::new(expr),
                    args: self.call_args(),
                },
                "[" => {
                    self.bump();
                    let index = self.nested(|p| p.expr());
                    self.expect("]");
                    ExprKind::Index {
                        base: Box::new(expr),
                        index: Box::new(index),
                    }
                }
                "." => self.dot(expr),
                _ => return expr,
            };
            expr = Expr {
                kind,
                span: self.since(start),
            };
        }
    }

    fn dot(&mut self, base: Expr) -> ExprKind {
        self.bump();
        let base = Box::new(base);
        if let Some(TokenKind::Int {
            value,
            suffix: None,
        }) = self.nth_kind(0)
        {
            self.bump();
            let index = value
                .and_then(|v| u32::try_from(v).ok())
                .unwrap_or(u32::MAX);
            return ExprKind::TupleIndex { base, index };
        }
        if self.eat("await") {
            return ExprKind::Await(base);
        }
        let Some(name) = self.ident() else {
            return ExprKind::Error;
        };
        let turbofish = if self.at("::") && self.nth_at(1, "<") {
            self.bump();
            self.generic_args()
        } else {
            Vec::new()
        };
        if self.at("(") {
            let args = self.call_args();
            return ExprKind::MethodCall {
                receiver: base,
                method: name,
                turbofish,
                args,
            };
        }
        ExprKind::Field { base, name }
    }

    /// `(a, b, c)` arguments of a call.
    pub(super) fn call_args(&mut self) -> Vec<Expr> {
        self.bump();
        let args = self.nested(|p| p.expr_list(")"));
        self.expect(")");
        args
    }

    /// Comma-separated expressions up to (not including) `close`.
    pub(super) fn expr_list(&mut self, close: &str) -> Vec<Expr> {
        let mut items = Vec::new();
        while !self.at(close) && !self.at_eof() {
            items.push(self.expr());
            if !self.eat(",") {
                break;
            }
        }
        items
    }

    /// Runs `f` with struct literals allowed again (inside brackets, as rustc does).
    pub(super) fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.no_struct, false);
        let value = f(self);
        self.no_struct = saved;
        value
    }

    pub(super) fn primary(&mut self) -> Expr {
        let start = self.span();
        let kind = match self.literal() {
            Some(lit) => ExprKind::Lit(lit),
            None => self.primary_kind(),
        };
        Expr {
            kind,
            span: self.since(start),
        }
    }

    fn literal(&mut self) -> Option<Lit> {
        let lit = match (self.nth_kind(0)?, self.nth_text(0)) {
            (TokenKind::Int { value, suffix }, _) => {
                if value.is_none() {
                    self.error_here("integer literal is too large");
                }
                Lit::Int {
                    value: value.unwrap_or(0),
                    suffix,
                }
            }
            (TokenKind::Float { value, suffix }, _) => Lit::Float { value, suffix },
            (TokenKind::Str(text), _) => Lit::Str(text),
            (TokenKind::Char(c), _) => Lit::Char(c),
            (TokenKind::ByteStr(bytes), _) => Lit::ByteStr(bytes),
            (_, "true") => Lit::Bool(true),
            (_, "false") => Lit::Bool(false),
            _ => return None,
        };
        self.bump();
        Some(lit)
    }

    fn primary_kind(&mut self) -> ExprKind {
        if self.nth_kind(0) == Some(TokenKind::Error) {
            // The lexer already reported this token.
            self.bump();
            return ExprKind::Error;
        }
        match self.nth_text(0) {
            "(" => self.paren_or_tuple(),
            "[" => self.array(),
            "{" | "if" | "match" | "while" | "loop" | "for" | "async" | "move" | "|" | "||"
            | "unsafe" => self.block_like(),
            "break" | "continue" | "return" => self.jump(),
            "let" => {
                self.error_here(
                    "`let` is only allowed as a statement or as an `if`/`while` condition",
                );
                self.bump();
                ExprKind::Error
            }
            _ if self.nth_kind(0) == Some(TokenKind::Lifetime) => self.block_like(),
            _ if self.at_ident()
                || matches!(self.nth_text(0), "self" | "Self" | "super" | "crate" | "::") =>
            {
                self.path_expr()
            }
            "<" => match self.qualified_path(true) {
                Some(path) => ExprKind::Path(path),
                None => ExprKind::Error,
            },
            _ => self.unexpected_in_expression(),
        }
    }

    fn unexpected_in_expression(&mut self) -> ExprKind {
        let text = self.nth_text(0);
        let message = match text {
            "yield" | "box" | "try" | "do" | "become" => {
                format!("`{text}` expressions are not supported in the playground")
            }
            _ => format!("expected an expression, found {}", self.describe_current()),
        };
        self.error_here(&message);
        if !matches!(text, ";" | "}" | ")" | "]" | ",") && !self.at_eof() {
            self.bump();
        }
        ExprKind::Error
    }

    fn paren_or_tuple(&mut self) -> ExprKind {
        self.bump();
        let (mut items, trailing_comma) = self.nested(|p| {
            let mut items = Vec::new();
            let mut trailing_comma = false;
            while !p.at(")") && !p.at_eof() {
                items.push(p.expr());
                trailing_comma = p.eat(",");
                if !trailing_comma {
                    break;
                }
            }
            (items, trailing_comma)
        });
        self.expect(")");
        if items.len() == 1 && !trailing_comma {
            if let Some(mut only) = items.pop() {
                return std::mem::replace(&mut only.kind, ExprKind::Error);
            }
        }
        ExprKind::Tuple(items)
    }

    fn array(&mut self) -> ExprKind {
        self.bump();
        let kind = match self.nested(|p| p.elements("]")) {
            Elements::List(items) => ExprKind::Array(items),
            Elements::Repeat(value, count) => ExprKind::ArrayRepeat { value, count },
        };
        self.expect("]");
        kind
    }

    /// The inside of `[a, b]` or `[x; n]` (shared with `vec![..]`), up to `close`.
    pub(super) fn elements(&mut self, close: &str) -> Elements {
        if self.at(close) {
            return Elements::List(Vec::new());
        }
        let first = self.expr();
        if self.eat(";") {
            return Elements::Repeat(Box::new(first), Box::new(self.expr()));
        }
        let mut items = vec![first];
        if self.eat(",") {
            items.extend(self.expr_list(close));
        }
        Elements::List(items)
    }

    /// A path, a macro call `name!(..)` or a struct literal `Name { .. }`.
    fn path_expr(&mut self) -> ExprKind {
        let path = self.path(true);
        if self.at("!") && !self.nth_at(1, "=") {
            return self.macro_call(path);
        }
        let struct_like = path
            .segments
            .last()
            .is_some_and(|s| s.ident.name.starts_with(char::is_uppercase));
        if self.at("{") && !self.no_struct && struct_like {
            return self.struct_literal(path);
        }
        ExprKind::Path(path)
    }

    fn struct_literal(&mut self, path: Path) -> ExprKind {
        self.bump();
        let mut fields = Vec::new();
        let mut base = None;
        self.nested(|p| {
            while !p.at("}") && !p.at_eof() {
                if p.eat("..") {
                    base = Some(Box::new(p.expr()));
                    break;
                }
                let Some(name) = p.ident() else { break };
                let value = if p.eat(":") {
                    p.expr()
                } else {
                    let path = Path {
                        segments: vec![crate::script::ast::PathSegment {
                            ident: name.clone(),
                            generics: Vec::new(),
                        }],
                        span: name.span,
                        as_trait: None,
                    };
                    Expr {
                        kind: ExprKind::Path(path),
                        span: name.span,
                    }
                };
                fields.push(FieldInit { name, value });
                if !p.eat(",") {
                    break;
                }
            }
        });
        self.expect("}");
        ExprKind::Struct { path, fields, base }
    }

    fn jump(&mut self) -> ExprKind {
        let word = self.nth_text(0);
        self.bump();
        let label = if word == "return" {
            None
        } else {
            self.lifetime()
        };
        let value = (word != "continue" && self.at_expr_start()).then(|| Box::new(self.expr()));
        match word {
            "break" => ExprKind::Break { label, value },
            "continue" => ExprKind::Continue { label },
            _ => ExprKind::Return(value),
        }
    }
}
