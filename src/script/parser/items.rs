//! Items: `use`, `fn`, `struct`, `enum`, `const`, `static`, attributes and visibility (`impl`,
//! `trait`, `mod` and `type` are in `traits.rs`).
//! Anything else at item level is reported by name; it must never be skipped silently.

use super::generics::type_param_names;
use super::Parser;
use crate::script::ast::{
    Block, ConstDecl, EnumDecl, FieldDecl, Fields, FnDecl, Item, ItemKind, Param, SelfKind, Span,
    StructDecl, UseTree, UseTreeKind, Variant,
};

/// Attributes accepted and ignored: they change nothing the playground shows.
const IGNORED_ATTRIBUTES: &[&str] = &[
    "allow", "warn", "deny", "inline", "must_use", "doc", "rustfmt", "default",
];

/// Item keywords outside the subset, with the message naming each.
const UNSUPPORTED_ITEMS: &[(&str, &str)] = &[
    (
        "mod",
        "`mod name;` needs another file: write the module inline, `mod name { .. }`",
    ),
    (
        "macro_rules",
        "`macro_rules!` macro definitions are not supported in the playground",
    ),
    (
        "union",
        "`union` definitions are not supported in the playground",
    ),
    (
        "extern",
        "`extern` items are not supported in the playground",
    ),
    ("unsafe", "`unsafe` code is not supported in the playground"),
];

impl Parser<'_> {
    /// Parses one item if the current token starts one; `None` (nothing consumed) otherwise,
    /// or after reporting an unsupported item it skipped.
    pub(super) fn item(&mut self) -> Option<Item> {
        let start = self.span();
        let derives = self.outer_attributes();
        self.visibility();
        let kind = match self.nth_text(0) {
            "use" => Some(ItemKind::Use(self.use_item())),
            "fn" | "async" | "const" if self.at_fn() => Some(ItemKind::Fn(self.fn_decl()?)),
            "struct" => self.struct_decl(derives).map(ItemKind::Struct),
            "enum" => self.enum_decl(derives).map(ItemKind::Enum),
            "impl" => self.impl_block().map(ItemKind::Impl),
            "trait" => self.trait_decl().map(ItemKind::Trait),
            "mod" if self.nth_at(2, "{") => self.mod_decl().map(ItemKind::Mod),
            "type" => self.type_alias().map(ItemKind::TypeAlias),
            "const" => self.const_decl().map(ItemKind::Const),
            "static" => self.const_decl().map(ItemKind::Static),
            "thread_local" if self.nth_at(1, "!") => {
                Some(ItemKind::ThreadLocal(self.thread_local()))
            }
            word => return self.unsupported_item(word, start),
        };
        kind.map(|kind| Item {
            kind,
            span: self.since(start),
        })
    }

    /// Whether the tokens ahead start an item (used by blocks to tell items from expressions).
    pub(super) fn at_item_start(&mut self) -> bool {
        match self.nth_text(0) {
            "use" | "struct" | "enum" | "impl" | "static" | "pub" | "trait" | "mod" | "type" => {
                true
            }
            "fn" => true,
            "async" | "const" => self.at_fn() || (self.at("const") && !self.nth_at(1, "{")),
            "unsafe" | "extern" => !self.nth_at(1, "{"),
            "macro_rules" | "thread_local" => self.nth_at(1, "!"),
            "union" => self.nth_kind(1) == Some(crate::script::token::TokenKind::Ident),
            _ => false,
        }
    }

    pub(super) fn at_fn(&mut self) -> bool {
        self.at("fn") || (matches!(self.nth_text(0), "async" | "const") && self.nth_at(1, "fn"))
    }

    fn unsupported_item(&mut self, word: &str, start: Span) -> Option<Item> {
        let message = UNSUPPORTED_ITEMS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, m)| *m)?;
        self.push_error(start.to(self.span()), message);
        self.skip_item();
        None
    }

    /// Parses `#[..]` and `#![..]` attributes, returning the traits of any `#[derive(..)]`.
    pub(super) fn outer_attributes(&mut self) -> Vec<crate::script::ast::Ident> {
        let mut derives = Vec::new();
        while self.at("#") {
            let start = self.span();
            self.bump();
            self.eat("!");
            if !self.expect("[") {
                self.skip_tree();
                continue;
            }
            let name = self.ident().map(|i| i.name).unwrap_or_default();
            if name == "derive" && self.eat("(") {
                while !self.at(")") && !self.at_eof() {
                    match self.ident() {
                        Some(trait_name) => derives.push(trait_name),
                        None => self.bump(),
                    }
                    if !self.eat(",") {
                        break;
                    }
                }
                self.expect(")");
            } else {
                if !IGNORED_ATTRIBUTES.contains(&name.as_str()) {
                    let message =
                        format!("attribute `#[{name}]` is not supported in the playground");
                    self.push_error(start, &message);
                }
                while !self.at("]") && !self.at_eof() {
                    self.skip_tree();
                }
            }
            self.expect("]");
        }
        derives
    }

    /// `pub`, `pub(crate)`, `pub(super)`, `pub(in path)`: accepted and ignored.
    pub(super) fn visibility(&mut self) {
        if self.eat("pub") && self.at("(") {
            self.skip_tree();
        }
    }

    fn use_item(&mut self) -> UseTree {
        self.bump();
        let tree = self.use_tree();
        self.expect(";");
        tree
    }

    fn use_tree(&mut self) -> UseTree {
        let start = self.span();
        let mut prefix = Vec::new();
        self.eat("::");
        loop {
            if self.eat("*") {
                return UseTree {
                    prefix,
                    kind: UseTreeKind::Glob,
                    span: self.since(start),
                };
            }
            if self.at("{") {
                let kind = UseTreeKind::Group(self.use_group());
                return UseTree {
                    prefix,
                    kind,
                    span: self.since(start),
                };
            }
            let Some(name) = self.path_ident() else {
                let kind = UseTreeKind::Group(Vec::new());
                return UseTree {
                    prefix,
                    kind,
                    span: self.since(start),
                };
            };
            if self.eat("::") {
                prefix.push(name);
                continue;
            }
            let alias = if self.eat("as") { self.ident() } else { None };
            let kind = UseTreeKind::Name { name, alias };
            return UseTree {
                prefix,
                kind,
                span: self.since(start),
            };
        }
    }

    fn use_group(&mut self) -> Vec<UseTree> {
        self.bump();
        let mut trees = Vec::new();
        while !self.at("}") && !self.at_eof() && self.enter() {
            trees.push(self.use_tree());
            self.leave();
            if !self.eat(",") {
                break;
            }
        }
        self.expect("}");
        trees
    }

    /// A name in a path, allowing `self`, `super` and `crate`.
    pub(super) fn path_ident(&mut self) -> Option<crate::script::ast::Ident> {
        if matches!(self.nth_text(0), "super" | "crate") {
            let span = self.span();
            self.bump();
            return Some(crate::script::ast::Ident {
                name: self.text(span).to_string(),
                span,
            });
        }
        self.ident()
    }

    /// `async fn name<G>(params) -> T where .. { body }`; `const fn` is read as `fn`.
    pub(super) fn fn_decl(&mut self) -> Option<FnDecl> {
        self.fn_item(false).map(|(decl, _)| decl)
    }

    /// A function with a body or, where `signature_only` allows it, the signature of a trait's
    /// required method ending in `;` (its body then empty, located at the `;`); the flag says
    /// whether a body was written.
    pub(super) fn fn_item(&mut self, signature_only: bool) -> Option<(FnDecl, bool)> {
        let start = self.span();
        let is_async = self.eat("async");
        self.eat("const");
        self.expect("fn");
        let name = self.ident()?;
        let generic_params = self.generic_params();
        let params = self.fn_params();
        let ret = self.after("->", |p| p.ty());
        let where_clause = self.where_clause();
        let has_body = self.at("{");
        let body = if has_body {
            self.block()
        } else if signature_only && self.at(";") {
            let span = self.span();
            self.bump();
            Block {
                stmts: Vec::new(),
                tail: None,
                span,
            }
        } else {
            self.error_here("expected the function body `{`");
            return None;
        };
        let decl = FnDecl {
            is_async,
            name,
            generics: type_param_names(&generic_params),
            generic_params,
            where_clause,
            params,
            ret,
            body,
            span: self.since(start),
        };
        Some((decl, has_body))
    }

    fn fn_params(&mut self) -> Vec<Param> {
        let mut params = Vec::new();
        if !self.expect("(") {
            return params;
        }
        while !self.at(")") && !self.at_eof() {
            self.outer_attributes();
            match self.self_param() {
                Some(param) => params.push(param),
                None => {
                    let pat = self.pattern_top();
                    self.expect(":");
                    params.push(Param::Typed { pat, ty: self.ty() });
                }
            }
            if !self.eat(",") {
                break;
            }
        }
        self.expect(")");
        params
    }

    fn self_param(&mut self) -> Option<Param> {
        let start = self.span();
        let kind = match (self.nth_text(0), self.nth_text(1), self.nth_text(2)) {
            ("&", "mut", "self") => SelfKind::RefMut,
            ("&", "self", _) => SelfKind::Ref,
            ("mut", "self", _) => SelfKind::MutValue,
            ("self", _, _) => SelfKind::Value,
            _ => return None,
        };
        while !self.eat("self") {
            self.bump();
        }
        let typed = matches!(kind, SelfKind::Value | SelfKind::MutValue);
        let kind = if typed && self.eat(":") {
            SelfKind::Typed(self.ty())
        } else {
            kind
        };
        Some(Param::SelfParam {
            kind,
            span: self.since(start),
        })
    }

    fn struct_decl(&mut self, derives: Vec<crate::script::ast::Ident>) -> Option<StructDecl> {
        self.bump();
        let name = self.ident()?;
        let generics = type_param_names(&self.generic_params());
        self.where_clause();
        let fields = self.fields();
        if !matches!(fields, Fields::Named(_)) {
            self.expect(";");
        }
        Some(StructDecl {
            name,
            derives,
            generics,
            fields,
        })
    }

    fn fields(&mut self) -> Fields {
        if self.at("{") {
            return Fields::Named(self.named_fields());
        }
        if !self.eat("(") {
            return Fields::Unit;
        }
        let mut types = Vec::new();
        while !self.at(")") && !self.at_eof() {
            self.outer_attributes();
            self.visibility();
            types.push(self.ty());
            if !self.eat(",") {
                break;
            }
        }
        self.expect(")");
        Fields::Tuple(types)
    }

    fn named_fields(&mut self) -> Vec<FieldDecl> {
        self.bump();
        let mut fields = Vec::new();
        while !self.at("}") && !self.at_eof() {
            self.outer_attributes();
            self.visibility();
            let Some(name) = self.ident() else { break };
            self.expect(":");
            fields.push(FieldDecl {
                name,
                ty: self.ty(),
            });
            if !self.eat(",") {
                break;
            }
        }
        self.expect("}");
        fields
    }

    fn enum_decl(&mut self, derives: Vec<crate::script::ast::Ident>) -> Option<EnumDecl> {
        self.bump();
        let name = self.ident()?;
        let generics = type_param_names(&self.generic_params());
        self.where_clause();
        let mut variants = Vec::new();
        self.expect("{");
        while !self.at("}") && !self.at_eof() {
            let is_default = self.at("#")
                && self.nth_at(1, "[")
                && self.nth_at(2, "default")
                && self.nth_at(3, "]");
            self.outer_attributes();
            let Some(variant) = self.ident() else { break };
            let fields = self.fields();
            if self.at("=") {
                self.error_here("explicit enum discriminants are not supported in the playground");
                self.bump();
                self.expr();
            }
            variants.push(Variant {
                name: variant,
                is_default,
                fields,
            });
            if !self.eat(",") {
                break;
            }
        }
        self.expect("}");
        Some(EnumDecl {
            name,
            derives,
            generics,
            variants,
        })
    }

    pub(super) fn const_decl(&mut self) -> Option<ConstDecl> {
        let decl = self.const_decl_before_end()?;
        self.expect(";");
        Some(decl)
    }

    /// `thread_local! { static NAME: T = value; .. }`, the last `;` optional, a value also
    /// written `const { .. }`.
    fn thread_local(&mut self) -> Vec<ConstDecl> {
        self.bump();
        self.bump();
        let close = match self.nth_text(0) {
            "(" => ")",
            "[" => "]",
            _ => "}",
        };
        let mut decls = Vec::new();
        if !self.eat("{") && !self.eat("(") && !self.eat("[") {
            self.expect("{");
            return decls;
        }
        while !self.at(close) && !self.at_eof() {
            let before = self.pos;
            self.outer_attributes();
            self.visibility();
            if self.at("static") {
                decls.extend(self.const_decl_before_end());
            } else {
                self.error_here("expected `static` in `thread_local!`");
            }
            if !self.eat(";") && !self.at(close) && self.pos == before {
                self.skip_tree();
            }
        }
        self.expect(close);
        if close != "}" {
            self.expect(";");
        }
        decls
    }

    /// `const`/`static NAME: T = value` up to its `;`.
    fn const_decl_before_end(&mut self) -> Option<ConstDecl> {
        let start = self.span();
        self.bump();
        let mutable = self.eat("mut");
        if mutable {
            self.push_error(
                start,
                "`static mut` is not supported in the playground (it needs `unsafe`)",
            );
        }
        let name = self.ident()?;
        self.expect(":");
        let ty = self.ty();
        self.expect("=");
        if self.at("const") && self.nth_at(1, "{") {
            // `thread_local!`'s `const { .. }`: a block evaluated once, as any initialiser.
            self.bump();
        }
        let value = self.expr();
        Some(ConstDecl {
            mutable,
            name,
            ty,
            value,
        })
    }
}
