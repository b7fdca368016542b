//! Items that group other items: `impl` blocks (inherent and trait impls), `trait`
//! definitions, inline `mod`s and `type` aliases. It must never skip a member silently: a
//! member outside the subset is reported where it is written.

use super::Parser;
use crate::script::ast::{
    ImplBlock, ImplItem, Item, ModDecl, TraitDecl, TraitItem, TypeAlias, TypeKind,
};

impl Parser<'_> {
    /// `impl<G> Type { .. }` or `impl<G> Trait for Type where .. { .. }`.
    pub(super) fn impl_block(&mut self) -> Option<ImplBlock> {
        self.bump();
        // `impl<T>` opens generics, unlike `impl <T as X>::Y` (which no program here writes).
        let generics = self.generic_params();
        self.eat("!");
        let first = self.ty();
        let (trait_path, self_ty) = if self.eat("for") {
            let self_ty = self.ty();
            match first.kind {
                TypeKind::Path(path) => (Some(path), self_ty),
                _ => {
                    self.push_error(first.span, "expected a trait name before `for`");
                    (None, self_ty)
                }
            }
        } else {
            (None, first)
        };
        let where_clause = self.where_clause();
        let items = self.impl_items();
        Some(ImplBlock {
            generics,
            trait_path,
            where_clause,
            self_ty,
            items,
        })
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
        self.generic_params();
        self.expect("=");
        let ty = self.ty();
        self.where_clause();
        self.expect(";");
        Some(ImplItem::Type { name, ty })
    }

    /// `trait Name<G>: Supertraits where .. { items }`.
    pub(super) fn trait_decl(&mut self) -> Option<TraitDecl> {
        self.bump();
        let name = self.ident()?;
        let generics = self.generic_params();
        let supertraits = if self.eat(":") {
            self.bounds()
        } else {
            Vec::new()
        };
        let where_clause = self.where_clause();
        let mut items = Vec::new();
        if self.expect("{") {
            while !self.at("}") && !self.at_eof() {
                self.outer_attributes();
                let before = self.pos;
                items.extend(self.trait_item());
                if self.pos == before {
                    self.error_here("expected a method, `type` or `const` in the trait");
                    self.skip_item();
                }
            }
            self.expect("}");
        }
        Some(TraitDecl {
            name,
            generics,
            supertraits,
            where_clause,
            items,
        })
    }

    fn trait_item(&mut self) -> Option<TraitItem> {
        match self.nth_text(0) {
            "type" => {
                self.bump();
                let name = self.ident()?;
                self.generic_params();
                let bounds = if self.eat(":") {
                    self.bounds()
                } else {
                    Vec::new()
                };
                self.where_clause();
                let default = self.after("=", |p| p.ty());
                self.expect(";");
                Some(TraitItem::Type {
                    name,
                    bounds,
                    default,
                })
            }
            "const" if !self.at_fn() => {
                self.bump();
                let name = self.ident()?;
                self.expect(":");
                let ty = self.ty();
                let default = self.after("=", |p| p.expr());
                self.expect(";");
                Some(TraitItem::Const { name, ty, default })
            }
            _ if self.at_fn() => {
                let (decl, provided) = self.fn_item(true)?;
                Some(TraitItem::Fn { decl, provided })
            }
            _ => None,
        }
    }

    /// `mod name { items }`.
    pub(super) fn mod_decl(&mut self) -> Option<ModDecl> {
        self.bump();
        let name = self.ident()?;
        let mut items: Vec<Item> = Vec::new();
        self.expect("{");
        while !self.at("}") && !self.at_eof() && self.enter() {
            let before = self.pos;
            items.extend(self.item());
            if self.pos == before {
                self.error_here("expected an item in the module");
                self.skip_item();
            }
            self.leave();
        }
        self.expect("}");
        Some(ModDecl { name, items })
    }

    /// `type Name<G> = T;`.
    pub(super) fn type_alias(&mut self) -> Option<TypeAlias> {
        self.bump();
        let name = self.ident()?;
        let generics = self.generic_params();
        self.where_clause();
        self.expect("=");
        let ty = self.ty();
        self.expect(";");
        Some(TypeAlias { name, generics, ty })
    }
}
