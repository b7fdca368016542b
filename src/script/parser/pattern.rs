//! Patterns for `let`, parameters, `match`, `if let`, `while let` and `for`. Unsupported pattern
//! forms (`box`) are reported by name and must never be dropped silently.

use super::Parser;
use crate::script::ast::{FieldPat, Lit, PatKind, Path, Pattern};
use crate::script::token::TokenKind;

impl Parser<'_> {
    /// A pattern with optional leading `|` and `a | b` alternatives.
    pub(super) fn pattern_top(&mut self) -> Pattern {
        let start = self.span();
        self.eat("|");
        let first = self.pattern();
        if !self.at("|") {
            return first;
        }
        let mut alternatives = vec![first];
        while self.eat("|") {
            alternatives.push(self.pattern());
        }
        Pattern {
            kind: PatKind::Or(alternatives),
            span: self.since(start),
        }
    }

    /// A pattern without top-level alternatives.
    pub(super) fn pattern(&mut self) -> Pattern {
        let start = self.span();
        let kind = self.nest(PatKind::Error, |p| p.pattern_kind());
        let pat = Pattern {
            kind,
            span: self.since(start),
        };
        if matches!(self.nth_text(0), "..=" | "..") && is_range_bound(&pat.kind) {
            return self.range_pattern(Some(pat));
        }
        pat
    }

    fn pattern_kind(&mut self) -> PatKind {
        match (self.nth_text(0), self.nth_kind(0)) {
            ("_", _) => self.bump_with(PatKind::Wild),
            ("..=", _) => self.range_pattern(None).kind,
            ("..", _) => self.bump_with(PatKind::Rest),
            ("&" | "&&", _) => {
                self.bump();
                let mutable = self.eat("mut");
                PatKind::Ref {
                    mutable,
                    pat: Box::new(self.pattern()),
                }
            }
            ("(", _) => self.tuple_pattern(),
            ("-", _)
            | (
                _,
                Some(
                    TokenKind::Int { .. }
                    | TokenKind::Float { .. }
                    | TokenKind::Str(_)
                    | TokenKind::ByteStr(_)
                    | TokenKind::Char(_),
                ),
            ) => self.literal_pattern(),
            ("true" | "false", _) => self.literal_pattern(),
            ("ref" | "mut", _) => self.binding_pattern(),
            ("[", _) => {
                self.bump();
                PatKind::Slice(self.pattern_list("]").0)
            }
            ("box", _) => {
                self.unsupported_pattern("`box` patterns are not supported in the playground")
            }
            _ if self.at_ident()
                || matches!(self.nth_text(0), "Self" | "self" | "super" | "crate" | "::") =>
            {
                self.path_pattern()
            }
            _ => {
                let found = self.describe_current();
                self.error_here(&format!("expected a pattern, found {found}"));
                PatKind::Error
            }
        }
    }

    fn bump_with(&mut self, kind: PatKind) -> PatKind {
        self.bump();
        kind
    }

    fn unsupported_pattern(&mut self, message: &str) -> PatKind {
        self.error_here(message);
        self.skip_tree();
        PatKind::Error
    }

    fn range_pattern(&mut self, start: Option<Pattern>) -> Pattern {
        let begin = start.as_ref().map_or(self.span(), |p| p.span);
        let inclusive = self.at("..=");
        self.bump();
        let at_bound = matches!(
            self.nth_kind(0),
            Some(TokenKind::Int { .. } | TokenKind::Char(_) | TokenKind::Float { .. })
        ) || self.at("-")
            || (self.at_ident() && self.nth_text(0).starts_with(char::is_uppercase));
        let end = at_bound.then(|| Box::new(self.pattern_bound()));
        if inclusive && end.is_none() {
            self.error_here("inclusive range pattern `..=` needs an upper bound");
        }
        let kind = PatKind::Range {
            start: start.map(Box::new),
            end,
            inclusive,
        };
        Pattern {
            kind,
            span: self.since(begin),
        }
    }

    fn pattern_bound(&mut self) -> Pattern {
        let start = self.span();
        let kind = if self.at_ident() {
            PatKind::Path(self.path(true))
        } else {
            self.literal_pattern()
        };
        Pattern {
            kind,
            span: self.since(start),
        }
    }

    fn literal_pattern(&mut self) -> PatKind {
        let negated = self.eat("-");
        let lit = match (self.nth_kind(0), self.nth_text(0)) {
            (Some(TokenKind::Int { value, suffix }), _) => Lit::Int {
                value: value.unwrap_or(0),
                suffix,
            },
            (Some(TokenKind::Float { value, suffix }), _) => Lit::Float { value, suffix },
            (Some(TokenKind::Str(text)), _) if !negated => Lit::Str(text),
            (Some(TokenKind::Char(c)), _) if !negated => Lit::Char(c),
            (Some(TokenKind::ByteStr(bytes)), _) if !negated => Lit::ByteStr(bytes),
            (_, "true") if !negated => Lit::Bool(true),
            (_, "false") if !negated => Lit::Bool(false),
            _ => {
                self.error_here("expected a literal pattern");
                return PatKind::Error;
            }
        };
        self.bump();
        PatKind::Lit { lit, negated }
    }

    fn binding_pattern(&mut self) -> PatKind {
        let by_ref = self.eat("ref");
        let mutable = self.eat("mut");
        let Some(name) = self.ident() else {
            return PatKind::Error;
        };
        let sub = self.after("@", |p| Box::new(p.pattern()));
        PatKind::Binding {
            name,
            mutable,
            by_ref,
            sub,
        }
    }

    fn tuple_pattern(&mut self) -> PatKind {
        self.bump();
        let (mut elems, trailing_comma) = self.pattern_list(")");
        if elems.len() == 1 && !trailing_comma && elems[0].kind != PatKind::Rest {
            if let Some(only) = elems.pop() {
                return only.kind;
            }
        }
        PatKind::Tuple(elems)
    }

    /// Comma-separated patterns up to `close` (consumed); also says whether a comma trailed.
    fn pattern_list(&mut self, close: &str) -> (Vec<Pattern>, bool) {
        let mut elems = Vec::new();
        let mut trailing_comma = false;
        while !self.at(close) && !self.at_eof() {
            elems.push(self.pattern_top());
            trailing_comma = self.eat(",");
            if !trailing_comma {
                break;
            }
        }
        self.expect(close);
        (elems, trailing_comma)
    }

    /// `name`, `name @ p`, `None`, `Poll::Ready(p)`, `S { a, .. }`.
    fn path_pattern(&mut self) -> PatKind {
        let path = self.path(true);
        if self.at("(") {
            self.bump();
            return PatKind::TupleStruct {
                path,
                elems: self.pattern_list(")").0,
            };
        }
        if self.at("{") {
            return self.struct_pattern(path);
        }
        match path.segments.as_slice() {
            [only]
                if !only.ident.name.starts_with(char::is_uppercase) && only.generics.is_empty() =>
            {
                let name = only.ident.clone();
                let sub = self.after("@", |p| Box::new(p.pattern()));
                PatKind::Binding {
                    name,
                    mutable: false,
                    by_ref: false,
                    sub,
                }
            }
            _ => PatKind::Path(path),
        }
    }

    fn struct_pattern(&mut self, path: Path) -> PatKind {
        self.bump();
        let mut fields = Vec::new();
        let mut rest = false;
        while !self.at("}") && !self.at_eof() {
            if self.eat("..") {
                rest = true;
                break;
            }
            let start = self.span();
            let by_ref = self.eat("ref");
            let mutable = self.eat("mut");
            let Some(name) = self.ident() else { break };
            let pat = if !by_ref && !mutable && self.eat(":") {
                self.pattern_top()
            } else {
                let kind = PatKind::Binding {
                    name: name.clone(),
                    mutable,
                    by_ref,
                    sub: None,
                };
                Pattern {
                    kind,
                    span: self.since(start),
                }
            };
            fields.push(FieldPat { name, pat });
            if !self.eat(",") {
                break;
            }
        }
        self.expect("}");
        PatKind::Struct { path, fields, rest }
    }
}

fn is_range_bound(kind: &PatKind) -> bool {
    matches!(kind, PatKind::Lit { .. } | PatKind::Path(_))
}
