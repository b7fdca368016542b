//! Items: `use`, `fn`, `struct`, `enum`, `impl`, `const`, `static`, attributes and visibility.
//! Anything else at item level is reported by name; it must never be skipped silently.

use super::Parser;
use crate::script::ast::{
    ConstDecl, EnumDecl, FieldDecl, Fields, FnDecl, ImplBlock, ImplItem, Item, ItemKind, Param,
    SelfKind, Span, StructDecl, UseTree, UseTreeKind, Variant,
};

/// Attributes accepted and ignored: they change nothing the playground shows.
const IGNORED_ATTRIBUTES: &[&str] = &[
    "allow", "warn", "deny", "inline", "must_use", "doc", "rustfmt",
];

/// Item keywords outside the subset, with the message naming each.
const UNSUPPORTED_ITEMS: &[(&str, &str)] = &[
    (
        "trait",
        "`trait` definitions are not supported in the playground",
    ),
    (
        "mod",
        "`mod` items are not supported in the playground; keep the program in one file",
    ),
    (
        "macro_rules",
        "`macro_rules!` macro definitions are not supported in the playground",
    ),
    ("type", "`type` aliases are not supported in the playground"),
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
            "const" => self.const_decl().map(ItemKind::Const),
            "static" => self.const_decl().map(ItemKind::Static),
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
            "macro_rules" => self.nth_at(1, "!"),
            "union" => self.nth_kind(1) == Some(crate::script::token::TokenKind::Ident),
            _ => false,
        }
    }

    fn at_fn(&mut self) -> bool {
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
        let start = self.span();
        let is_async = self.eat("async");
        self.eat("const");
        self.expect("fn");
        let name = self.ident()?;
        let generics = self.generic_params();
        let params = self.fn_params();
        let ret = self.after("->", |p| p.ty());
        self.where_clause();
        if !self.at("{") {
            self.error_here("expected the function body `{`");
            return None;
        }
        let body = self.block();
        Some(FnDecl {
            is_async,
            name,
            generics,
            params,
            ret,
            body,
            span: self.since(start),
        })
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

    /// `<'a, T: Bound, const N: usize>`: returns the type parameter names, drops the rest.
    pub(super) fn generic_params(&mut self) -> Vec<crate::script::ast::Ident> {
        let mut names = Vec::new();
        if !self.eat("<") {
            return names;
        }
        while !self.at(">") && !self.at_eof() {
            if self.nth_kind(0) == Some(crate::script::token::TokenKind::Lifetime) {
                self.bump();
                if self.eat(":") {
                    self.bounds();
                }
            } else {
                let is_const = self.eat("const");
                let Some(name) = self.ident() else { break };
                if self.eat(":") {
                    if is_const {
                        self.ty();
                    } else {
                        self.bounds();
                    }
                }
                if self.eat("=") {
                    self.ty();
                }
                names.push(name);
            }
            if !self.eat(",") {
                break;
            }
        }
        if !self.eat_gt() {
            self.expect(">");
        }
        names
    }

    /// `where T: A + B, U: C`: parsed and dropped.
    pub(super) fn where_clause(&mut self) {
        if !self.eat("where") {
            return;
        }
        while !self.at("{") && !self.at(";") && !self.at_eof() {
            if self.nth_kind(0) == Some(crate::script::token::TokenKind::Lifetime) {
                self.bump();
            } else {
                self.ty();
            }
            if self.eat(":") {
                self.bounds();
            }
            if !self.eat(",") {
                break;
            }
        }
    }

    fn struct_decl(&mut self, derives: Vec<crate::script::ast::Ident>) -> Option<StructDecl> {
        self.bump();
        let name = self.ident()?;
        let generics = self.generic_params();
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
        let generics = self.generic_params();
        self.where_clause();
        let mut variants = Vec::new();
        self.expect("{");
        while !self.at("}") && !self.at_eof() {
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

    fn impl_block(&mut self) -> Option<ImplBlock> {
        let start = self.span();
        self.bump();
        if self.at("<") {
            self.generic_params();
        }
        let first = self.ty();
        let mut trait_path = None;
        let mut self_ty = first.clone();
        if self.eat("for") {
            self_ty = self.ty();
            trait_path = self.future_trait(first, start);
        }
        self.where_clause();
        let items = self.impl_items();
        let is_future = trait_path.is_some();
        (is_future || self.diagnostics.iter().all(|d| d.span.start != start.start)).then_some(
            ImplBlock {
                trait_path,
                self_ty,
                items,
            },
        )
    }

    /// Only `impl Future for T` is in the subset; any other trait impl is reported by name.
    fn future_trait(
        &mut self,
        ty: crate::script::ast::Type,
        start: Span,
    ) -> Option<crate::script::ast::Path> {
        if let crate::script::ast::TypeKind::Path(path) = ty.kind {
            if path
                .segments
                .last()
                .is_some_and(|s| s.ident.name == "Future")
            {
                return Some(path);
            }
            let name = self.text(path.span).to_string();
            let message = format!(
                "`impl {name} for ..`: trait implementations other than `Future` are not supported in the playground"
            );
            self.push_error(start, &message);
            return None;
        }
        self.push_error(start, "expected a trait name before `for`");
        None
    }

    fn impl_items(&mut self) -> Vec<ImplItem> {
        let mut items = Vec::new();
        if !self.expect("{") {
            return items;
        }
        while !self.at("}") && !self.at_eof() {
            self.outer_attributes();
            self.visibility();
            let before = self.pos;
            match self.nth_text(0) {
                "type" => items.extend(self.assoc_type()),
                "const" if !self.at_fn() => items.extend(self.const_decl().map(ImplItem::Const)),
                _ if self.at_fn() => items.extend(self.fn_decl().map(ImplItem::Fn)),
                _ => {}
            }
            if self.pos == before {
                self.error_here("expected a method, `type` or `const` in the `impl` block");
                self.skip_item();
            }
        }
        self.expect("}");
        items
    }

    fn assoc_type(&mut self) -> Option<ImplItem> {
        self.bump();
        let name = self.ident()?;
        self.expect("=");
        let ty = self.ty();
        self.expect(";");
        Some(ImplItem::Type { name, ty })
    }

    fn const_decl(&mut self) -> Option<ConstDecl> {
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
        let value = self.expr();
        self.expect(";");
        Some(ConstDecl {
            mutable,
            name,
            ty,
            value,
        })
    }
}
