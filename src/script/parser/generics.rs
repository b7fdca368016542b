//! Generic parameter lists and `where` clauses, kept whole in the tree for the checker (the
//! evaluator runs by value and ignores them). It must never drop a bound it parsed.

use super::Parser;
use crate::script::ast::{GenericParam, GenericParamKind, Ident, WherePredicate};
use crate::script::token::TokenKind;

impl Parser<'_> {
    /// `<'a, T: Bound = Default, const N: usize>`, or nothing when no `<` follows.
    pub(super) fn generic_params(&mut self) -> Vec<GenericParam> {
        let mut params = Vec::new();
        if !self.eat("<") {
            return params;
        }
        while !self.at(">") && !self.at_eof() {
            let Some(param) = self.generic_param() else {
                break;
            };
            params.push(param);
            if !self.eat(",") {
                break;
            }
        }
        if !self.eat_gt() {
            self.expect(">");
        }
        params
    }

    fn generic_param(&mut self) -> Option<GenericParam> {
        if let Some(name) = self.lifetime() {
            if self.eat(":") {
                self.bounds();
            }
            let kind = GenericParamKind::Lifetime;
            let bounds = Vec::new();
            return Some(GenericParam { name, kind, bounds });
        }
        let is_const = self.eat("const");
        let name = self.ident()?;
        if is_const {
            self.expect(":");
            let kind = GenericParamKind::Const(self.ty());
            if self.eat("=") {
                self.expr();
            }
            let bounds = Vec::new();
            return Some(GenericParam { name, kind, bounds });
        }
        let bounds = if self.eat(":") {
            self.bounds()
        } else {
            Vec::new()
        };
        let default = self.after("=", |p| p.ty());
        let kind = GenericParamKind::Type(default);
        Some(GenericParam { name, kind, bounds })
    }

    /// `where T: A + B, 'a: 'b`: the type predicates (lifetime ones are parsed and dropped).
    pub(super) fn where_clause(&mut self) -> Vec<WherePredicate> {
        let mut predicates = Vec::new();
        if !self.eat("where") {
            return predicates;
        }
        while !self.at("{") && !self.at(";") && !self.at_eof() {
            if self.nth_kind(0) == Some(TokenKind::Lifetime) {
                self.bump();
                if self.eat(":") {
                    self.bounds();
                }
            } else {
                let ty = self.ty();
                let bounds = if self.expect(":") {
                    self.bounds()
                } else {
                    Vec::new()
                };
                predicates.push(WherePredicate { ty, bounds });
            }
            if !self.eat(",") {
                break;
            }
        }
        predicates
    }
}

/// The names of the type and const parameters among `params`.
pub(super) fn type_param_names(params: &[GenericParam]) -> Vec<Ident> {
    params
        .iter()
        .filter(|p| p.kind != GenericParamKind::Lifetime)
        .map(|p| p.name.clone())
        .collect()
}
